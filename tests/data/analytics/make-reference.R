#!/usr/bin/env Rscript
# Reference numbers for the analytics tests (tests/core/tst_analytics_*.cpp),
# computed independently of Debrief's C++ code: descriptive statistics and
# weighted totals in base R, intraclass correlations with psych::ICC.
#
# Run from this folder once after changing a dataset, and commit the output:
#   Rscript make-reference.R
# Needs R with the psych package (Debian: r-base-core r-cran-psych). Made with
# R 4.2.2 and psych 2.2.9.
#
# Every dataset is a folder with criteria.csv (criterion, weight, scale) and
# scores.csv (finalist, panelist, criterion, score; NA = "not assessed"; no
# row = no scorecard). Finalists and panelists are taken in order of first
# appearance in scores.csv, as the tests do. Output per folder:
#   reference-descriptive.csv, reference-totals.csv, reference-gaps.csv,
#   reference-icc.csv, reference-calibration.csv
# The definitions are those of docs/ANALYTICS.md.

suppressPackageStartupMessages(library(psych))

num <- function(x) ifelse(is.na(x), "NA", sprintf("%.15g", x))

write_ref <- function(df, path) {
  for (col in names(df)) if (is.numeric(df[[col]])) df[[col]] <- num(df[[col]])
  write.csv(df, path, row.names = FALSE, quote = FALSE, na = "NA")
}

load_dataset <- function(dir) {
  criteria <- read.csv(file.path(dir, "criteria.csv"), stringsAsFactors = FALSE)
  scores <- read.csv(file.path(dir, "scores.csv"), stringsAsFactors = FALSE,
                     na.strings = c("NA", ""))
  finalists <- unique(scores$finalist)
  panelists <- unique(scores$panelist)
  # raw[f, p, c]: score, NA when not assessed or no scorecard.
  raw <- array(NA_real_, dim = c(length(finalists), length(panelists), nrow(criteria)),
               dimnames = list(finalists, panelists, criteria$criterion))
  card <- matrix(FALSE, length(finalists), length(panelists),
                 dimnames = list(finalists, panelists))
  for (i in seq_len(nrow(scores))) {
    r <- scores[i, ]
    raw[r$finalist, r$panelist, r$criterion] <- r$score
    card[r$finalist, r$panelist] <- TRUE
  }
  norm <- raw
  for (c in seq_len(nrow(criteria))) norm[, , c] <- (raw[, , c] - 1) / (criteria$scale[c] - 1)
  list(criteria = criteria, finalists = finalists, panelists = panelists,
       raw = raw, norm = norm, card = card)
}

descriptive <- function(d) {
  rows <- list()
  for (f in d$finalists) for (c in d$criteria$criterion) {
    x <- d$raw[f, , c]
    given <- x[!is.na(x)]
    n <- length(given)
    rows[[length(rows) + 1]] <- data.frame(
      finalist = f, criterion = c, n = n,
      not_assessed = sum(d$card[f, ] & is.na(x)),
      mean = if (n) mean(given) else NA, median = if (n) median(given) else NA,
      min = if (n) min(given) else NA, max = if (n) max(given) else NA,
      sd = if (n >= 2) sd(given) else NA)
  }
  do.call(rbind, rows)
}

# Per criterion the mean normalised score over the panelists who assessed it.
criterion_means <- function(d, f) {
  sapply(d$criteria$criterion, function(c) {
    x <- d$norm[f, , c]
    if (all(is.na(x))) NA else mean(x, na.rm = TRUE)
  })
}

totals <- function(d) {
  w <- d$criteria$weight
  rows <- list()
  for (f in d$finalists) {
    m <- criterion_means(d, f)
    assessed <- !is.na(m)
    cards <- sum(d$card[f, ])
    missing <- sum(is.na(d$raw[f, d$card[f, ], , drop = FALSE]))
    rows[[length(rows) + 1]] <- data.frame(
      finalist = f,
      total = if (sum(w[assessed]) > 0) 100 * sum(w[assessed] * m[assessed]) / sum(w[assessed]) else NA,
      assessed_weight_share = sum(w[assessed]) / sum(w),
      criteria_without_rating = sum(!assessed),
      expected_ratings = cards * length(w),
      missing_ratings = missing)
  }
  do.call(rbind, rows)
}

gaps <- function(d) {
  w <- d$criteria$weight
  rows <- list()
  fs <- d$finalists
  if (length(fs) < 2) return(data.frame())
  for (i in 1:(length(fs) - 1)) for (j in (i + 1):length(fs)) {
    a <- criterion_means(d, fs[i]); b <- criterion_means(d, fs[j])
    wa <- sum(w[!is.na(a)]); wb <- sum(w[!is.na(b)])
    a[is.na(a)] <- 0; b[is.na(b)] <- 0
    points <- 100 * (w / wa * a - w / wb * b)
    gap <- sum(points)
    rows[[length(rows) + 1]] <- data.frame(
      first = fs[i], second = fs[j], criterion = d$criteria$criterion,
      points = points, share = if (abs(gap) < 1e-9) 0 else points / gap)
  }
  do.call(rbind, rows)
}

# The largest complete block of one criterion: among all sets of >= 2
# panelists, the most scores (finalists rated by all of the set x set size)
# with >= 2 finalists; ties to more panelists, then to the lexicographically
# first set (combn enumerates in that order, so the first maximum wins).
complete_block <- function(x) {
  rated <- !is.na(x)
  best <- NULL; best_scores <- 0
  k_all <- ncol(x)
  for (k in k_all:2) {
    sets <- combn(k_all, k, simplify = FALSE)
    for (s in sets) {
      rows <- which(rowSums(rated[, s, drop = FALSE]) == k)
      if (length(rows) < 2) next
      if (length(rows) * k > best_scores) {
        best <- list(rows = rows, cols = s); best_scores <- length(rows) * k
      }
    }
  }
  best
}

icc <- function(d) {
  rows <- list()
  for (c in d$criteria$criterion) {
    x <- d$raw[, , c, drop = TRUE]
    x <- matrix(x, nrow = length(d$finalists), dimnames = list(d$finalists, d$panelists))
    block <- complete_block(x)
    if (is.null(block)) {
      rows[[length(rows) + 1]] <- data.frame(criterion = c, targets = 0, raters = 0,
        finalists = "", panelists = "", icc1 = NA, icc2 = NA, icc3 = NA)
      next
    }
    table <- x[block$rows, block$cols, drop = FALSE]
    r <- psych::ICC(table, lmer = FALSE)$results
    rows[[length(rows) + 1]] <- data.frame(
      criterion = c, targets = length(block$rows), raters = length(block$cols),
      finalists = paste(rownames(table), collapse = ";"),
      panelists = paste(colnames(table), collapse = ";"),
      icc1 = r["Single_raters_absolute", "ICC"],
      icc2 = r["Single_random_raters", "ICC"],
      icc3 = r["Single_fixed_raters", "ICC"])
  }
  do.call(rbind, rows)
}

# Leniency: mean and sd of 100 x (own normalised score - mean of the other
# panelists' normalised scores on the same finalist and criterion).
# Halo: scorecards with >= 4 assessed criteria are eligible; flat when the
# population sd of their normalised scores is <= 0.1.
calibration <- function(d) {
  rows <- list()
  for (p in d$panelists) {
    offsets <- c(); compared <- c()
    eligible <- 0; flat <- 0
    for (f in d$finalists) {
      for (c in d$criteria$criterion) {
        own <- d$norm[f, p, c]
        others <- d$norm[f, setdiff(d$panelists, p), c]
        if (is.na(own) || all(is.na(others))) next
        offsets <- c(offsets, 100 * (own - mean(others, na.rm = TRUE)))
        compared <- union(compared, f)
      }
      v <- d$norm[f, p, ]
      v <- v[!is.na(v)]
      if (length(v) >= 4) {
        eligible <- eligible + 1
        if (sqrt(mean((v - mean(v))^2)) <= 0.1 + 1e-12) flat <- flat + 1
      }
    }
    rows[[length(rows) + 1]] <- data.frame(
      panelist = p, comparisons = length(offsets), finalists = length(compared),
      mean_offset = if (length(offsets)) mean(offsets) else NA,
      sd_offset = if (length(offsets) >= 2) sd(offsets) else NA,
      halo_eligible = eligible, halo_flat = flat)
  }
  do.call(rbind, rows)
}

here <- function() {
  args <- commandArgs(trailingOnly = FALSE)
  file <- sub("^--file=", "", args[grep("^--file=", args)])
  if (length(file)) dirname(normalizePath(file)) else getwd()
}

root <- here()
for (dir in list.dirs(root, recursive = FALSE)) {
  if (!file.exists(file.path(dir, "scores.csv"))) next
  d <- load_dataset(dir)
  write_ref(descriptive(d), file.path(dir, "reference-descriptive.csv"))
  write_ref(totals(d), file.path(dir, "reference-totals.csv"))
  g <- gaps(d)
  if (nrow(g)) write_ref(g, file.path(dir, "reference-gaps.csv"))
  write_ref(icc(d), file.path(dir, "reference-icc.csv"))
  write_ref(calibration(d), file.path(dir, "reference-calibration.csv"))
  cat("wrote references for", basename(dir), "\n")
}
