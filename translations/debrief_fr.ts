<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ApplicationRepository</name>
    <message>
        <source>There is no application with id %1.</source>
        <translation>Il n&apos;existe aucune candidature avec l&apos;identifiant %1.</translation>
    </message>
</context>
<context>
    <name>AuditRepository</name>
    <message>
        <source>There is no audit trail entry with id %1.</source>
        <translation>Il n&apos;existe aucune entrée du journal d&apos;audit avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>The audit trail cannot be changed: entries are only ever added, so that it stays a faithful record of every change made after submission.</source>
        <translation>Le journal d&apos;audit ne peut pas être modifié&#xa0;: les entrées y sont seulement ajoutées, afin qu&apos;il reste un relevé fidèle de chaque modification faite après la soumission.</translation>
    </message>
</context>
<context>
    <name>CandidateColumnMapping</name>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nom d&apos;usage</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Date de candidature</translation>
    </message>
</context>
<context>
    <name>CandidateCsvImport</name>
    <message>
        <source>the required column &quot;%1&quot; is missing or not mapped</source>
        <translation>la colonne obligatoire «&#xa0;%1&#xa0;» est absente ou non associée</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>le nom est vide</translation>
    </message>
    <message>
        <source>the e-mail address is empty</source>
        <translation>l&apos;adresse e-mail est vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail valide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (use 2026-03-01 or 01.03.2026)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (utilisez 2026-03-01 ou 01.03.2026)</translation>
    </message>
    <message>
        <source>a candidate with this e-mail is already stored</source>
        <translation>un candidat avec cette adresse e-mail est déjà enregistré</translation>
    </message>
    <message>
        <source>same e-mail as line %1</source>
        <translation>même adresse e-mail qu&apos;à la ligne %1</translation>
    </message>
    <message>
        <source>The file has errors; nothing was imported.</source>
        <translation>Le fichier contient des erreurs&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CandidateDetails</name>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
</context>
<context>
    <name>CandidateRepository</name>
    <message>
        <source>There is no candidate with id %1.</source>
        <translation>Il n&apos;existe aucun candidat avec l&apos;identifiant %1.</translation>
    </message>
</context>
<context>
    <name>CommunicationChannel</name>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Appel vidéo</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>CommunicationDirection</name>
    <message>
        <source>To the candidate</source>
        <translation>Au candidat</translation>
    </message>
    <message>
        <source>From the candidate</source>
        <translation>Du candidat</translation>
    </message>
</context>
<context>
    <name>CommunicationRepository</name>
    <message>
        <source>There is no communication log entry with id %1.</source>
        <translation>Il n&apos;existe aucune entrée du journal des échanges avec l&apos;identifiant %1.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quote opens a field here but is never closed; the rest of the file cannot be read</source>
        <translation>un guillemet ouvre ici un champ mais n&apos;est jamais fermé&#xa0;; le reste du fichier ne peut pas être lu</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote (a quote inside a field must be doubled)</source>
        <translation>texte inattendu après un guillemet fermant (un guillemet à l&apos;intérieur d&apos;un champ doit être doublé)</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 from here on; it was read as Windows-1252 (Western European). Check the accented letters in the preview, or choose another encoding.</source>
        <translation>à partir d&apos;ici, le fichier n&apos;est pas en UTF-8 valide&#xa0;; il a été lu en Windows-1252 (Europe occidentale). Vérifiez les lettres accentuées dans l&apos;aperçu ou choisissez un autre encodage.</translation>
    </message>
    <message>
        <source>the encoding &quot;%1&quot; is not supported</source>
        <translation>l&apos;encodage «&#xa0;%1&#xa0;» n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <source>the file cannot be read as %1</source>
        <translation>le fichier ne peut pas être lu en %1</translation>
    </message>
    <message>
        <source>the file has no header row</source>
        <translation>le fichier n&apos;a pas de ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>%1 champs attendus comme dans l&apos;en-tête, %2 trouvés</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is not an SQLite database (%1)</source>
        <translation>ce n&apos;est pas une base de données SQLite (%1)</translation>
    </message>
    <message>
        <source>it is an SQLite database, but not one of Debrief&apos;s</source>
        <translation>c&apos;est une base de données SQLite, mais pas une base Debrief</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Debrief (schema %2; this version knows up to %3). Update Debrief to open it; the file was not changed.</source>
        <translation>%1 a été écrit par une version plus récente de Debrief (schéma %2&#xa0;; cette version connaît les schémas jusqu&apos;à %3). Mettez Debrief à jour pour l&apos;ouvrir&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed.</source>
        <translation>Le pilote SQLite pour Qt n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot upgrade %1 to schema %2: %3</source>
        <translation>Impossible de mettre à jour %1 vers le schéma %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The database did not return the new record&apos;s id.</source>
        <translation>La base de données n&apos;a pas renvoyé l&apos;identifiant du nouvel enregistrement.</translation>
    </message>
    <message>
        <source>Database error in %1: %2 (statement: %3)</source>
        <translation>Erreur de base de données dans %1&#xa0;: %2 (instruction&#xa0;: %3)</translation>
    </message>
    <message>
        <source>Cannot start a transaction on %1: %2</source>
        <translation>Impossible de démarrer une transaction sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>A step of this change failed, so nothing was saved.</source>
        <translation>Une étape de cette modification a échoué&#xa0;; rien n&apos;a donc été enregistré.</translation>
    </message>
    <message>
        <source>Cannot save the changes to %1: %2</source>
        <translation>Impossible d&apos;enregistrer les modifications de %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DecisionRepository</name>
    <message>
        <source>There is no decision record with id %1.</source>
        <translation>Il n&apos;existe aucune décision avec l&apos;identifiant %1.</translation>
    </message>
</context>
<context>
    <name>DecisionRole</name>
    <message>
        <source>Chosen</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <source>Runner-up</source>
        <translation>Deuxième choix</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Non retenu</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Database file to write.</source>
        <translation>Fichier de base de données à écrire.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Seed for the generator; the same seed and date give the same database (default 1).</source>
        <translation>Graine du générateur&#xa0;; la même graine et la même date donnent la même base de données (par défaut&#xa0;: 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Date the demo is set around (default: today).</source>
        <translation>Date autour de laquelle les données de démonstration sont construites (par défaut&#xa0;: aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Extra candidates to add for scale testing (default 0).</source>
        <translation>Candidats supplémentaires pour les tests de volume (par défaut&#xa0;: 0).</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Remplacer FICHIER s&apos;il existe.</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>--out FICHIER est obligatoire.</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 4294967295, not &apos;%1&apos;.</source>
        <translation>--seed doit être un nombre entier de 0 à 4294967295, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--today must be a date such as 2025-03-14, not &apos;%1&apos;.</source>
        <translation>--today doit être une date comme 2025-03-14, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--candidates must be a whole number of 0 or more, not &apos;%1&apos;.</source>
        <translation>--candidates doit être un nombre entier supérieur ou égal à 0, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot remove the leftover file %1.</source>
        <translation>Impossible de supprimer le fichier résiduel %1.</translation>
    </message>
    <message>
        <source>%1 already exists; pass --force to replace it.</source>
        <translation>%1 existe déjà&#xa0;; ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>Cannot replace %1; the new data is in %2.</source>
        <translation>Impossible de remplacer %1&#xa0;; les nouvelles données se trouvent dans %2.</translation>
    </message>
    <message>
        <source>Write a database with realistic, reproducible demo data</source>
        <translation>Écrire une base de données contenant des données de démonstration réalistes et reproductibles</translation>
    </message>
    <message>
        <source>Usage: debrief-cli demo --out FILE [options]</source>
        <translation>Utilisation&#xa0;: debrief-cli demo --out FICHIER [options]</translation>
    </message>
    <message>
        <source>Wrote %1 in %11 s. Openings: %2, panelists: %3, candidates: %4, applications: %5, interviews: %6, scorecards: %7, references: %8, messages: %9, decisions: %10.</source>
        <translation>%1 écrit en %11 s. Postes&#xa0;: %2, membres du jury&#xa0;: %3, candidats&#xa0;: %4, candidatures&#xa0;: %5, entretiens&#xa0;: %6, grilles d&apos;évaluation&#xa0;: %7, références&#xa0;: %8, messages&#xa0;: %9, décisions&#xa0;: %10.</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>%1 already contains openings; demo data is only written into an empty database.</source>
        <translation>%1 contient déjà des postes&#xa0;; les données de démonstration ne sont écrites que dans une base de données vide.</translation>
    </message>
    <message>
        <source>The reference date for the demo data is not a valid date.</source>
        <translation>La date de référence des données de démonstration n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <source>The number of extra candidates cannot be negative.</source>
        <translation>Le nombre de candidats supplémentaires ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Creating the demo data was cancelled.</source>
        <translation>La création des données de démonstration a été annulée.</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>d MMM yyyy</source>
        <comment>date pattern, see QDate::toString</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <comment>date and time pattern, see QDateTime::toString</comment>
        <translation>d MMM yyyy, HH:mm</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n day(s) overdue</source>
        <translation>
            <numerusform>⚠ %n jour de retard</numerusform>
            <numerusform>⚠ %n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportJsonCommand</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Write one opening and everything about it as JSON</source>
        <translation>Écrire un poste et tout ce qui s&apos;y rapporte au format JSON</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>The Debrief database file.</source>
        <translation>Le fichier de base de données Debrief.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>The opening to export: its id in FILE, or its uuid.</source>
        <translation>Le poste à exporter&#xa0;: son identifiant dans FICHIER, ou son UUID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Write the JSON to this file instead of stdout.</source>
        <translation>Écrire le JSON dans ce fichier plutôt que sur la sortie standard.</translation>
    </message>
    <message>
        <source>Usage: debrief-cli export-json --db FILE --opening ID [--out FILE]</source>
        <translation>Utilisation&#xa0;: debrief-cli export-json --db FICHIER --opening ID [--out FICHIER]</translation>
    </message>
    <message>
        <source>--opening takes a number or a uuid, not &quot;%1&quot;.</source>
        <translation>--opening attend un nombre ou un UUID, et non «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ExportScorecardsCommand</name>
    <message>
        <source>There is no panelist with uuid %1 in %2.</source>
        <translation>Il n&apos;existe aucun membre du jury avec l&apos;UUID %1 dans %2.</translation>
    </message>
    <message>
        <source>Write a panelist&apos;s submitted scorecards for an opening to a file</source>
        <translation>Écrire dans un fichier les grilles d&apos;évaluation soumises par un membre du jury pour un poste</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>The Debrief database file.</source>
        <translation>Le fichier de base de données Debrief.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>The opening: its id in FILE, or its uuid.</source>
        <translation>Le poste&#xa0;: son identifiant dans FICHIER, ou son UUID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The panelist: their uuid, or their id in FILE.</source>
        <translation>Le membre du jury&#xa0;: son UUID, ou son identifiant dans FICHIER.</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation>FICHIER.json</translation>
    </message>
    <message>
        <source>Usage: debrief-cli export-scorecards --db FILE --opening ID --panelist UUID|ID --out FILE.json</source>
        <translation>Utilisation&#xa0;: debrief-cli export-scorecards --db FICHIER --opening ID --panelist UUID|ID --out FICHIER.json</translation>
    </message>
    <message>
        <source>--opening and --panelist take a number or a uuid.</source>
        <translation>--opening et --panelist attendent un nombre ou un UUID.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n submitted scorecard(s) to %1</source>
        <translation>
            <numerusform>%n grille d&apos;évaluation soumise écrite dans %1</numerusform>
            <numerusform>%n grilles d&apos;évaluation soumises écrites dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCandidatesCommand</name>
    <message>
        <source>--map %1: expected FIELD=COLUMN</source>
        <translation>--map %1&#xa0;: CHAMP=COLONNE attendu</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>Add the candidates of a CSV file to an opening</source>
        <translation>Ajouter à un poste les candidats d&apos;un fichier CSV</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>The Debrief database file.</source>
        <translation>Le fichier de base de données Debrief.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>The opening: its id in FILE, or its uuid.</source>
        <translation>Le poste&#xa0;: son identifiant dans FICHIER, ou son UUID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Read the file in this encoding instead of detecting it.</source>
        <translation>Lire le fichier dans cet encodage au lieu de le détecter.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Field delimiter instead of detecting it (use &quot;tab&quot;).</source>
        <translation>Séparateur de champs au lieu de le détecter («&#xa0;tab&#xa0;» pour une tabulation).</translation>
    </message>
    <message>
        <source>CHAR</source>
        <translation>CAR</translation>
    </message>
    <message>
        <source>Take FIELD from COLUMN (1-based), e.g. email=3. Fields: name, preferred-name, email, phone, location, source, notes, applied-on.</source>
        <translation>Lire CHAMP dans COLONNE (numérotée à partir de 1), p. ex. email=3. Champs&#xa0;: name, preferred-name, email, phone, location, source, notes, applied-on.</translation>
    </message>
    <message>
        <source>FIELD=COLUMN</source>
        <translation>CHAMP=COLONNE</translation>
    </message>
    <message>
        <source>Also import rows whose e-mail is already stored or repeated (default: skip them).</source>
        <translation>Importer aussi les lignes dont l&apos;adresse e-mail est déjà enregistrée ou répétée (par défaut&#xa0;: les ignorer).</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>Le fichier CSV.</translation>
    </message>
    <message>
        <source>Usage: debrief-cli import-candidates --db FILE --opening ID [OPTIONS] FILE.csv</source>
        <translation>Utilisation&#xa0;: debrief-cli import-candidates --db FICHIER --opening ID [OPTIONS] FICHIER.csv</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>--opening takes a number or a uuid.</source>
        <translation>--opening attend un nombre ou un UUID.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n candidate(s).</source>
        <translation>
            <numerusform>%n candidat importé.</numerusform>
            <numerusform>%n candidats importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n duplicate(s).</source>
        <translation>
            <numerusform>%n doublon ignoré.</numerusform>
            <numerusform>%n doublons ignorés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportJsonCommand</name>
    <message>
        <source>Read an opening exported with export-json into a database</source>
        <translation>Lire dans une base de données un poste exporté avec export-json</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>The Debrief database file (created when missing).</source>
        <translation>Le fichier de base de données Debrief (créé s&apos;il n&apos;existe pas).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>Le fichier à importer.</translation>
    </message>
    <message>
        <source>Usage: debrief-cli import-json --db FILE IN.json</source>
        <translation>Utilisation&#xa0;: debrief-cli import-json --db FICHIER ENTREE.json</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Imported opening %1: %2</source>
        <translation>Poste %1 importé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ImportScorecardsCommand</name>
    <message>
        <source>Read a panelist&apos;s scorecards file (export-scorecards) into a database</source>
        <translation>Lire dans une base de données le fichier de grilles d&apos;évaluation d&apos;un membre du jury (export-scorecards)</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>The Debrief database file.</source>
        <translation>Le fichier de base de données Debrief.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>Le fichier à importer.</translation>
    </message>
    <message>
        <source>Usage: debrief-cli import-scorecards --db FILE IN.json</source>
        <translation>Utilisation&#xa0;: debrief-cli import-scorecards --db FICHIER ENTREE.json</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>conflit&#xa0;: %1</translation>
    </message>
    <message>
        <source>inserted %1, unchanged %2, conflicts %3</source>
        <translation>insérées&#xa0;: %1, inchangées&#xa0;: %2, conflits&#xa0;: %3</translation>
    </message>
    <message>
        <source>nothing was imported (%1)</source>
        <translation>rien n&apos;a été importé (%1)</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>%1 importé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>InterviewRepository</name>
    <message>
        <source>There is no interview with id %1.</source>
        <translation>Il n&apos;existe aucun entretien avec l&apos;identifiant %1.</translation>
    </message>
</context>
<context>
    <name>InterviewRoundRepository</name>
    <message>
        <source>There is no interview round with id %1.</source>
        <translation>Il n&apos;existe aucun tour d&apos;entretiens avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Interview round %1 cannot be removed: interviews were held in it.</source>
        <translation>Le tour d&apos;entretiens %1 ne peut pas être supprimé&#xa0;: des entretiens y ont eu lieu.</translation>
    </message>
</context>
<context>
    <name>JsonErrorList</name>
    <message numerus="yes">
        <source>…and %n more error(s)</source>
        <translation>
            <numerusform>… et %n autre erreur</numerusform>
            <numerusform>… et %n autres erreurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonObjectReader</name>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>missing required field (expected %1)</source>
        <translation>champ obligatoire manquant (attendu&#xa0;: %1)</translation>
    </message>
    <message>
        <source>expected %1 or null</source>
        <translation>attendu&#xa0;: %1 ou null</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>attendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; expected one of: %2</source>
        <translation>clé inconnue «&#xa0;%1&#xa0;»&#xa0;; attendu&#xa0;: l&apos;une de %2</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne de caractères</translation>
    </message>
    <message>
        <source>expected a UUID such as &quot;3f2b8c1e-5d4a-4b6f-9e1a-2c3d4e5f6a7b&quot;</source>
        <translation>UUID attendu, par exemple «&#xa0;3f2b8c1e-5d4a-4b6f-9e1a-2c3d4e5f6a7b&#xa0;»</translation>
    </message>
    <message>
        <source>a UUID</source>
        <translation>un UUID</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>%1 is less than %2</source>
        <translation>%1 est inférieur à %2</translation>
    </message>
    <message>
        <source>%1 is outside the range %2–%3</source>
        <translation>%1 est en dehors de la plage %2–%3</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a timestamp with time zone such as &quot;2024-05-01T09:30:00.000Z&quot;</source>
        <translation>un horodatage avec fuseau horaire, par exemple «&#xa0;2024-05-01T09:30:00.000Z&#xa0;»</translation>
    </message>
    <message>
        <source>a date such as &quot;2024-05-01&quot;</source>
        <translation>une date, par exemple «&#xa0;2024-05-01&#xa0;»</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>chaîne de caractères attendue</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>unknown field; expected only: %1</source>
        <translation>champ inconnu&#xa0;; seuls ceux-ci sont attendus&#xa0;: %1</translation>
    </message>
    <message>
        <source>a key</source>
        <translation>une clé</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Structured interview debriefs for hiring panels.</source>
        <translation>Débriefings d&apos;entretiens structurés pour les jurys de recrutement.</translation>
    </message>
    <message>
        <source>Open the database FILE.</source>
        <translation>Ouvrir la base de données FICHIER.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Render a view into the PNG file OUT and exit.</source>
        <translation>Rendre une vue dans le fichier PNG SORTIE, puis quitter.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>SORTIE</translation>
    </message>
    <message>
        <source>The view to render with --screenshot (default: main).</source>
        <translation>La vue à rendre avec --screenshot (par défaut&#xa0;: main).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>The screenshot size (default: 1280x800).</source>
        <translation>La taille de la capture d&apos;écran (par défaut&#xa0;: 1280x800).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>LxH</translation>
    </message>
    <message>
        <source>The user interface language: de, fr or en.</source>
        <translation>La langue de l&apos;interface&#xa0;: de, fr ou en.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>Treat DATE as today when marking overdue answers.</source>
        <translation>Considérer DATE comme la date du jour pour signaler les réponses en retard.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;. Use --db FILE to open a database.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;». Utilisez --db FICHIER pour ouvrir une base de données.</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;. Supported: %2.</source>
        <translation>Langue inconnue «&#xa0;%1&#xa0;». Langues prises en charge&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Invalid date &apos;%1&apos; for --today: expected YYYY-MM-DD.</source>
        <translation>Date «&#xa0;%1&#xa0;» non valide pour --today&#xa0;: AAAA-MM-JJ attendu.</translation>
    </message>
    <message>
        <source>Print the names of the views --view accepts.</source>
        <translation>Afficher les noms des vues acceptées par --view.</translation>
    </message>
</context>
<context>
    <name>OpeningArgument</name>
    <message>
        <source>There is no opening with uuid %1 in %2.</source>
        <translation>Il n&apos;existe aucun poste avec l&apos;UUID %1 dans %2.</translation>
    </message>
</context>
<context>
    <name>OpeningDocumentReader</name>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>malformed JSON at %1 (byte offset %2): %3</source>
        <translation>JSON mal formé à %1 (position d&apos;octet %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>un objet JSON est attendu au niveau supérieur</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot; but found &quot;%2&quot;: this is not a Debrief opening file</source>
        <translation>«&#xa0;%1&#xa0;» attendu, mais «&#xa0;%2&#xa0;» trouvé&#xa0;: ce n&apos;est pas un fichier de poste Debrief</translation>
    </message>
    <message>
        <source>this file was written by a newer Debrief (format version %1; this version reads up to %2). Update Debrief to import it.</source>
        <translation>ce fichier a été écrit par une version plus récente de Debrief (version de format %1&#xa0;; cette version lit jusqu&apos;à %2). Mettez Debrief à jour pour l&apos;importer.</translation>
    </message>
    <message>
        <source>%1 anchor texts for a scale of %2; expected one per level</source>
        <translation>%1 textes d&apos;ancrage pour une échelle de %2 niveaux&#xa0;; un par niveau est attendu</translation>
    </message>
</context>
<context>
    <name>OpeningDocumentValidator</name>
    <message>
        <source>duplicate uuid %1; already used at %2</source>
        <translation>UUID %1 en double&#xa0;; déjà utilisé à %2</translation>
    </message>
    <message>
        <source>refers to %1 %2, which is not in this file</source>
        <translation>fait référence à %1 %2, qui ne figure pas dans ce fichier</translation>
    </message>
    <message>
        <source>%1 %2 is listed twice (first at %3)</source>
        <translation>%1 %2 figure deux fois (d&apos;abord à %3)</translation>
    </message>
    <message>
        <source>version %1 of rubric family %2 appears twice (first at %3)</source>
        <translation>la version %1 de la famille de grilles de critères %2 figure deux fois (d&apos;abord à %3)</translation>
    </message>
    <message>
        <source>panelist</source>
        <translation>membre du jury</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>critère</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>candidat</translation>
    </message>
    <message>
        <source>application</source>
        <translation>candidature</translation>
    </message>
    <message>
        <source>interview round</source>
        <translation>tour d&apos;entretiens</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>entretien</translation>
    </message>
    <message>
        <source>rubric</source>
        <translation>grille de critères</translation>
    </message>
    <message>
        <source>this panelist already has a scorecard for this interview (%1)</source>
        <translation>ce membre du jury a déjà une grille d&apos;évaluation pour cet entretien (%1)</translation>
    </message>
    <message>
        <source>criterion %1 is not part of the scorecard&apos;s rubric %2</source>
        <translation>le critère %1 ne fait pas partie de la grille de critères %2 de la grille d&apos;évaluation</translation>
    </message>
    <message>
        <source>%1 is outside the criterion&apos;s scale 1–%2 (use null for &quot;not assessed&quot;)</source>
        <translation>%1 est en dehors de l&apos;échelle 1–%2 du critère (utilisez null pour «&#xa0;non évalué&#xa0;»)</translation>
    </message>
    <message>
        <source>refers to record %1, which is not in this file</source>
        <translation>fait référence à l&apos;enregistrement %1, qui ne figure pas dans ce fichier</translation>
    </message>
</context>
<context>
    <name>OpeningExporter</name>
    <message>
        <source>a record refers to %1 #%2, which does not belong to this opening</source>
        <translation>un enregistrement fait référence à %1 n° %2, qui n&apos;appartient pas à ce poste</translation>
    </message>
    <message>
        <source>panelist</source>
        <translation>membre du jury</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>critère</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>candidat</translation>
    </message>
    <message>
        <source>application</source>
        <translation>candidature</translation>
    </message>
    <message>
        <source>interview round</source>
        <translation>tour d&apos;entretiens</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>entretien</translation>
    </message>
    <message>
        <source>rubric</source>
        <translation>grille de critères</translation>
    </message>
    <message>
        <source>Cannot export opening #%1 from %2: %3</source>
        <translation>Impossible d&apos;exporter le poste n° %1 depuis %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>OpeningImporter</name>
    <message>
        <source>nothing was imported: %1</source>
        <translation>rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>this opening (uuid %1) already exists in %2 as opening #%3 &quot;%4&quot;; nothing was imported. Delete it there first, or import into another file.</source>
        <translation>ce poste (UUID %1) existe déjà dans %2 en tant que poste n° %3 «&#xa0;%4&#xa0;»&#xa0;; rien n&apos;a été importé. Supprimez-le d&apos;abord de ce fichier, ou importez-le dans un autre fichier.</translation>
    </message>
    <message>
        <source>a record with uuid %1 already exists in %2</source>
        <translation>un enregistrement avec l&apos;UUID %1 existe déjà dans %2</translation>
    </message>
</context>
<context>
    <name>OpeningRepository</name>
    <message>
        <source>There is no opening with id %1.</source>
        <translation>Il n&apos;existe aucun poste avec l&apos;identifiant %1.</translation>
    </message>
</context>
<context>
    <name>OpeningStatus</name>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Pourvu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>PanelistRepository</name>
    <message>
        <source>There is no panelist with id %1.</source>
        <translation>Il n&apos;existe aucun membre du jury avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Panelist %1 cannot be removed: they still sit on an opening&apos;s panel or an interview, or wrote scorecards. Take them off those first.</source>
        <translation>Le membre du jury %1 ne peut pas être supprimé&#xa0;: cette personne fait encore partie du jury d&apos;un poste ou d&apos;un entretien, ou a rédigé des grilles d&apos;évaluation. Retirez-la d&apos;abord de ceux-ci.</translation>
    </message>
</context>
<context>
    <name>PipelineQuery</name>
    <message>
        <source>Could not count the candidates of opening %1.</source>
        <translation>Impossible de compter les candidats du poste %1.</translation>
    </message>
</context>
<context>
    <name>PipelineStage</name>
    <message>
        <source>Applied</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Présélection</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Finale</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Embauché</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Désisté</translation>
    </message>
</context>
<context>
    <name>Recommendation</name>
    <message>
        <source>Strong no</source>
        <translation>Non catégorique</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Strong yes</source>
        <translation>Oui sans réserve</translation>
    </message>
</context>
<context>
    <name>ReferenceRepository</name>
    <message>
        <source>There is no reference with id %1.</source>
        <translation>Il n&apos;existe aucune référence avec l&apos;identifiant %1.</translation>
    </message>
</context>
<context>
    <name>RubricJsonReader</name>
    <message>
        <source>not valid JSON: %1 at line %2, column %3</source>
        <translation>JSON non valide&#xa0;: %1 à la ligne %2, colonne %3</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>un objet JSON</translation>
    </message>
    <message>
        <source>expected a two-letter language code such as &quot;en&quot;, found &quot;%1&quot;</source>
        <translation>code de langue à deux lettres attendu, par exemple «&#xa0;en&#xa0;»&#xa0;; trouvé&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the version must be 1 or higher, found %1</source>
        <translation>la version doit être supérieure ou égale à 1&#xa0;; trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected a time with zone such as &quot;2024-05-01T09:30:00.000Z&quot;, found &quot;%1&quot;</source>
        <translation>heure avec fuseau horaire attendue, par exemple «&#xa0;2024-05-01T09:30:00.000Z&#xa0;»&#xa0;; trouvé&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;; this is not a Debrief rubric file</source>
        <translation>«&#xa0;%1&#xa0;» attendu&#xa0;; ce n&apos;est pas un fichier de grille de critères Debrief</translation>
    </message>
    <message>
        <source>the file has format version %1, but this Debrief reads up to version %2; a newer Debrief is needed</source>
        <translation>le fichier est au format version %1, mais cette version de Debrief lit jusqu&apos;à la version %2&#xa0;; une version plus récente de Debrief est nécessaire</translation>
    </message>
    <message>
        <source>expected 1 or higher, found %1</source>
        <translation>valeur supérieure ou égale à 1 attendue&#xa0;; trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>a rubric needs at least one criterion</source>
        <translation>une grille de critères doit comporter au moins un critère</translation>
    </message>
    <message>
        <source>at least one criterion needs a weight above 0, or no total can be computed</source>
        <translation>au moins un critère doit avoir un poids supérieur à 0, sinon aucun total ne peut être calculé</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>required field is missing (a key such as &quot;problem-solving&quot;)</source>
        <translation>champ obligatoire manquant (une clé comme «&#xa0;problem-solving&#xa0;»)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the key of %2; keys must be unique</source>
        <translation>«&#xa0;%1&#xa0;» est déjà la clé de %2&#xa0;; les clés doivent être uniques</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the name of %2; names must be unique</source>
        <translation>«&#xa0;%1&#xa0;» est déjà le nom de %2&#xa0;; les noms doivent être uniques</translation>
    </message>
    <message>
        <source>the weight must be a number ≥ 0, found %1</source>
        <translation>le poids doit être un nombre ≥ 0&#xa0;; trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the scale must have %1 to %2 levels, found %3</source>
        <translation>l&apos;échelle doit comporter de %1 à %2 niveaux&#xa0;; trouvé&#xa0;: %3</translation>
    </message>
    <message>
        <source>expected %1 anchor texts for a 1–%1 scale, found %2</source>
        <translation>%1 textes d&apos;ancrage attendus pour une échelle 1–%1&#xa0;; trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne de caractères</translation>
    </message>
    <message>
        <source>the anchor text for level %1 is empty; describe what a candidate at this level did</source>
        <translation>le texte d&apos;ancrage du niveau %1 est vide&#xa0;; décrivez ce qu&apos;a fait un candidat à ce niveau</translation>
    </message>
    <message>
        <source>the anchor text for level %1 repeats level %2; each level needs its own description</source>
        <translation>le texte d&apos;ancrage du niveau %1 répète celui du niveau %2&#xa0;; chaque niveau doit avoir sa propre description</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the name of an earlier round</source>
        <translation>«&#xa0;%1&#xa0;» est déjà le nom d&apos;un tour précédent</translation>
    </message>
    <message>
        <source>expected %1 to %2 minutes, found %3</source>
        <translation>de %1 à %2 minutes attendues&#xa0;; trouvé&#xa0;: %3</translation>
    </message>
    <message>
        <source>a criterion key</source>
        <translation>une clé de critère</translation>
    </message>
    <message>
        <source>no criterion has the key &quot;%1&quot;</source>
        <translation>aucun critère n&apos;a la clé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice in this round</source>
        <translation>«&#xa0;%1&#xa0;» figure deux fois dans ce tour</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>nombre entier attendu&#xa0;; trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected a UUID such as &quot;3f2b8c1e-5d4a-4b6f-9e1a-2c3d4e5f6a7b&quot; or null</source>
        <translation>UUID attendu, par exemple «&#xa0;3f2b8c1e-5d4a-4b6f-9e1a-2c3d4e5f6a7b&#xa0;», ou null</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid key; use lower-case letters, digits and single hyphens, such as &quot;problem-solving&quot;</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une clé valide&#xa0;; utilisez des lettres minuscules, des chiffres et des traits d&apos;union simples, par exemple «&#xa0;problem-solving&#xa0;»</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>unknown field; expected one of: %1</source>
        <translation>champ inconnu&#xa0;; attendu&#xa0;: l&apos;un de %1</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>attendu&#xa0;: %1&#xa0;; trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>le nombre %1</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot;</source>
        <translation>le texte «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>The rubric is not valid. Problems found: %1</source>
        <translation>La grille de critères n&apos;est pas valide. Problèmes trouvés&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is not a valid rubric. Problems found: %2</source>
        <translation>%1 n&apos;est pas une grille de critères valide. Problèmes trouvés&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RubricRepository</name>
    <message>
        <source>Criterion %1 cannot be taken out of its rubric: scorecards or a decision record refer to it. Make a new version of the rubric instead.</source>
        <translation>Le critère %1 ne peut pas être retiré de sa grille de critères&#xa0;: des grilles d&apos;évaluation ou une décision y font référence. Créez plutôt une nouvelle version de la grille de critères.</translation>
    </message>
    <message>
        <source>There is no rubric with id %1.</source>
        <translation>Il n&apos;existe aucune grille de critères avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Rubric %1 cannot be removed: scorecards were scored against it, or a decision record names its criteria.</source>
        <translation>La grille de critères %1 ne peut pas être supprimée&#xa0;: des grilles d&apos;évaluation l&apos;ont utilisée, ou une décision cite ses critères.</translation>
    </message>
</context>
<context>
    <name>RubricTemplateLibrary</name>
    <message>
        <source>There is no rubric template called &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun modèle de grille de critères nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot read the rubric template %1: %2</source>
        <translation>Impossible de lire le modèle de grille de critères %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid rubric template: it says &quot;template&quot;: &quot;%2&quot;, &quot;language&quot;: &quot;%3&quot;, but its file name says &quot;%4&quot; and &quot;%5&quot;.</source>
        <translation>%1 n&apos;est pas un modèle de grille de critères valide&#xa0;: il indique &quot;template&quot;: &quot;%2&quot;, &quot;language&quot;: &quot;%3&quot;, mais son nom de fichier indique «&#xa0;%4&#xa0;» et «&#xa0;%5&#xa0;».</translation>
    </message>
</context>
<context>
    <name>RubricVersioning</name>
    <message>
        <source>The rubric needs a name.</source>
        <translation>La grille de critères doit avoir un nom.</translation>
    </message>
    <message>
        <source>The rubric “%1” has no criteria; add at least one.</source>
        <translation>La grille de critères «&#xa0;%1&#xa0;» ne contient aucun critère&#xa0;; ajoutez-en au moins un.</translation>
    </message>
    <message>
        <source>Criterion %1 has no name.</source>
        <translation>Le critère %1 n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>The weight of “%1” must not be negative.</source>
        <translation>Le poids de «&#xa0;%1&#xa0;» ne doit pas être négatif.</translation>
    </message>
    <message>
        <source>The rating scale of “%1” is not valid.</source>
        <translation>L&apos;échelle de notation de «&#xa0;%1&#xa0;» n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Level %1 of “%2” has no anchor text.</source>
        <translation>Le niveau %1 de «&#xa0;%2&#xa0;» n&apos;a pas de texte d&apos;ancrage.</translation>
    </message>
</context>
<context>
    <name>ScorecardPackageExporter</name>
    <message>
        <source>Scorecard %1 rates criterion #%2, which is not part of its rubric.</source>
        <translation>La grille d&apos;évaluation %1 note le critère n° %2, qui ne fait pas partie de sa grille de critères.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ScorecardPackageImporter</name>
    <message>
        <source>no %1 with uuid %2 exists in %3</source>
        <translation>%1 avec l&apos;UUID %2 introuvable dans %3</translation>
    </message>
    <message>
        <source>not valid JSON (at byte %1: %2)</source>
        <translation>JSON non valide (à l&apos;octet %1&#xa0;: %2)</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, found &quot;%2&quot;; this is not a Debrief scorecards file</source>
        <translation>«&#xa0;%1&#xa0;» attendu, «&#xa0;%2&#xa0;» trouvé&#xa0;; ce n&apos;est pas un fichier de grilles d&apos;évaluation Debrief</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>poste</translation>
    </message>
    <message>
        <source>panelist</source>
        <translation>membre du jury</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>entretien</translation>
    </message>
    <message>
        <source>interview %1 belongs to another opening</source>
        <translation>l&apos;entretien %1 appartient à un autre poste</translation>
    </message>
    <message>
        <source>an unknown candidate</source>
        <translation>un candidat inconnu</translation>
    </message>
    <message>
        <source>the interview with %1 on %2 (uuid %3)</source>
        <translation>l&apos;entretien avec %1 du %2 (UUID %3)</translation>
    </message>
    <message>
        <source>rubric version</source>
        <translation>version de la grille de critères</translation>
    </message>
    <message>
        <source>criterion %1 is not part of rubric version %2</source>
        <translation>le critère %1 ne fait pas partie de la version %2 de la grille de critères</translation>
    </message>
    <message>
        <source>criterion %1 is rated twice</source>
        <translation>le critère %1 est noté deux fois</translation>
    </message>
    <message>
        <source>%1 is outside the scale 1–%2 of criterion &quot;%3&quot;</source>
        <translation>%1 est en dehors de l&apos;échelle 1–%2 du critère «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>scorecard %1 appears twice in the file</source>
        <translation>la grille d&apos;évaluation %1 figure deux fois dans le fichier</translation>
    </message>
    <message>
        <source>the file holds two scorecards for %1; a panelist has one per interview</source>
        <translation>le fichier contient deux grilles d&apos;évaluation pour %1&#xa0;; un membre du jury n&apos;en a qu&apos;une par entretien</translation>
    </message>
    <message>
        <source>status (%1 here)</source>
        <translation>statut (ici&#xa0;: %1)</translation>
    </message>
    <message>
        <source>recommendation (%1 here, %2 in the file)</source>
        <translation>recommandation (ici&#xa0;: %1, dans le fichier&#xa0;: %2)</translation>
    </message>
    <message>
        <source>key takeaways</source>
        <translation>points clés</translation>
    </message>
    <message>
        <source>submitted at</source>
        <translation>date de soumission</translation>
    </message>
    <message>
        <source>last change</source>
        <translation>dernière modification</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>score of &quot;%1&quot; (%2 here, %3 in the file)</source>
        <translation>note de «&#xa0;%1&#xa0;» (ici&#xa0;: %2, dans le fichier&#xa0;: %3)</translation>
    </message>
    <message>
        <source>evidence for &quot;%1&quot;</source>
        <translation>éléments factuels pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Scorecard for %1: already up to date</source>
        <translation>Grille d&apos;évaluation pour %1&#xa0;: déjà à jour</translation>
    </message>
    <message>
        <source>%1: scorecard for %2 differs from the stored one in: %3</source>
        <translation>%1&#xa0;: la grille d&apos;évaluation pour %2 diffère de celle enregistrée sur ces points&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: this panelist already has another scorecard for %2 in the database</source>
        <translation>%1&#xa0;: ce membre du jury a déjà une autre grille d&apos;évaluation pour %2 dans la base de données</translation>
    </message>
    <message>
        <source>Scorecard for %1: added</source>
        <translation>Grille d&apos;évaluation pour %1&#xa0;: ajoutée</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ScorecardRepository</name>
    <message>
        <source>There is no scorecard with id %1.</source>
        <translation>Il n&apos;existe aucune grille d&apos;évaluation avec l&apos;identifiant %1.</translation>
    </message>
</context>
<context>
    <name>ScorecardStatus</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumise</translation>
    </message>
</context>
<context>
    <name>ScorecardWorkflow</name>
    <message>
        <source>A rating refers to a criterion that is not in rubric version %1.</source>
        <translation>Une note fait référence à un critère absent de la version %1 de la grille de critères.</translation>
    </message>
    <message>
        <source>%1: %2 is outside the scale 1–%3.</source>
        <translation>%1&#xa0;: %2 est en dehors de l&apos;échelle 1–%3.</translation>
    </message>
    <message>
        <source>Choose an overall recommendation.</source>
        <translation>Choisissez une recommandation globale.</translation>
    </message>
    <message>
        <source>Say why a submitted scorecard is being changed.</source>
        <translation>Indiquez pourquoi une grille d&apos;évaluation soumise est modifiée.</translation>
    </message>
    <message>
        <source>This scorecard is still a draft; edit it directly.</source>
        <translation>Cette grille d&apos;évaluation est encore un brouillon&#xa0;; modifiez-la directement.</translation>
    </message>
</context>
<context>
    <name>ScreenshotRenderer</name>
    <message>
        <source>Cannot write %1: the folder does not exist.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: le dossier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>Impossible d&apos;écrire la capture d&apos;écran dans %1.</translation>
    </message>
    <message>
        <source>Invalid size &apos;%1&apos;: expected WIDTHxHEIGHT, for example 1280x800.</source>
        <translation>Taille «&#xa0;%1&#xa0;» non valide&#xa0;: LARGEURxHAUTEUR attendu, par exemple 1280x800.</translation>
    </message>
</context>
<context>
    <name>SqlRow</name>
    <message>
        <source>a UUID</source>
        <translation>un UUID</translation>
    </message>
    <message>
        <source>a date (yyyy-MM-dd)</source>
        <translation>une date (yyyy-MM-dd)</translation>
    </message>
    <message>
        <source>a date and time (ISO 8601)</source>
        <translation>une date et heure (ISO 8601)</translation>
    </message>
    <message>
        <source>Cannot read %1: table %2, row %3, column %4 holds &quot;%5&quot;, which is not %6. The file may come from a newer or a damaged copy of Debrief.</source>
        <translation>Impossible de lire %1&#xa0;: la table %2, ligne %3, colonne %4 contient «&#xa0;%5&#xa0;» au lieu de %6. Le fichier provient peut-être d&apos;une version plus récente ou endommagée de Debrief.</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>l&apos;une des valeurs %1</translation>
    </message>
</context>
<context>
    <name>ViewRegistry</name>
    <message>
        <source>The database has no candidates to show.</source>
        <translation>La base de données ne contient aucun candidat à afficher.</translation>
    </message>
    <message>
        <source>the main window</source>
        <translation>la fenêtre principale</translation>
    </message>
    <message>
        <source>the candidate detail pane</source>
        <translation>le panneau de détails du candidat</translation>
    </message>
    <message>
        <source>Unknown view &apos;%1&apos;. Known views: %2.</source>
        <translation>Vue inconnue «&#xa0;%1&#xa0;». Vues connues&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>debrief::CandidateDetailPane</name>
    <message>
        <source>Candidate details</source>
        <translation>Détails du candidat</translation>
    </message>
    <message>
        <source>Select a candidate to see their details.</source>
        <translation>Sélectionnez un candidat pour afficher ses détails.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Candidate name</source>
        <translation>Nom du candidat</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Étape&#xa0;:</translation>
    </message>
    <message>
        <source>Furthest stage:</source>
        <translation>Étape la plus avancée&#xa0;:</translation>
    </message>
    <message>
        <source>Applied:</source>
        <translation>Candidature&#xa0;:</translation>
    </message>
    <message>
        <source>Answer promised:</source>
        <translation>Réponse promise&#xa0;:</translation>
    </message>
    <message>
        <source>Talent pool:</source>
        <translation>Vivier de talents&#xa0;:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Interviews (%1)</source>
        <translation>&amp;Entretiens (%1)</translation>
    </message>
    <message>
        <source>&amp;References (%1)</source>
        <translation>&amp;Références (%1)</translation>
    </message>
    <message>
        <source>&amp;Messages (%1)</source>
        <translation>&amp;Messages (%1)</translation>
    </message>
    <message>
        <source>No contact details</source>
        <translation>Aucune coordonnée</translation>
    </message>
    <message>
        <source>Applied for %1</source>
        <translation>Candidature au poste %1</translation>
    </message>
    <message>
        <source>★ Yes, would hire for another role</source>
        <translation>★ Oui, à recruter pour un autre poste</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Aucune note pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n scorecard(s) submitted</source>
        <translation>
            <numerusform>%1 grille d&apos;évaluation soumise sur %n</numerusform>
            <numerusform>%1 grilles d&apos;évaluation soumises sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n brouillon</numerusform>
            <numerusform>%n brouillons</numerusform>
        </translation>
    </message>
    <message>
        <source>Panel: %1</source>
        <translation>Jury&#xa0;: %1</translation>
    </message>
    <message>
        <source>contacted %1</source>
        <translation>contacté le %1</translation>
    </message>
    <message>
        <source>⚠ Concern</source>
        <translation>⚠ Réserve</translation>
    </message>
    <message>
        <source>%1 to the candidate</source>
        <translation>%1 au candidat</translation>
    </message>
    <message>
        <source>%1 from the candidate</source>
        <translation>%1 du candidat</translation>
    </message>
    <message>
        <source>Promised an answer by %1</source>
        <translation>Réponse promise d&apos;ici le %1</translation>
    </message>
</context>
<context>
    <name>debrief::CandidateFilterBar</name>
    <message>
        <source>Filter by name or e-mail</source>
        <translation>Filtrer par nom ou e-mail</translation>
    </message>
    <message>
        <source>Search candidates</source>
        <translation>Rechercher des candidats</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Re&amp;chercher&#xa0;:</translation>
    </message>
    <message>
        <source>Show stage</source>
        <translation>Afficher l&apos;étape</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>É&amp;tape&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::CandidateTableModel</name>
    <message>
        <source>In the talent pool: the panel would happily hire this person for another role</source>
        <translation>Dans le vivier de talents&#xa0;: le jury recruterait volontiers cette personne pour un autre poste</translation>
    </message>
    <message>
        <source>Not in the talent pool</source>
        <translation>Pas dans le vivier de talents</translation>
    </message>
    <message numerus="yes">
        <source>%n scorecard(s) submitted</source>
        <translation>
            <numerusform>%n grille d&apos;évaluation soumise</numerusform>
            <numerusform>%n grilles d&apos;évaluation soumises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n entretien</numerusform>
            <numerusform>%n entretiens</numerusform>
        </translation>
    </message>
    <message>
        <source>Talent pool: the panel would happily hire this person for another role</source>
        <translation>Vivier de talents&#xa0;: le jury recruterait volontiers cette personne pour un autre poste</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Promis</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Pool</source>
        <comment>talent pool, column header</comment>
        <translation>Vivier</translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation>Grilles d&apos;évaluation</translation>
    </message>
</context>
<context>
    <name>debrief::DatabaseSession</name>
    <message>
        <source>%1 already exists. Choose another name, or use File › Open to open it.</source>
        <translation>%1 existe déjà. Choisissez un autre nom, ou utilisez Fichier › Ouvrir pour l&apos;ouvrir.</translation>
    </message>
</context>
<context>
    <name>debrief::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>The language changes the next time Debrief starts.</source>
        <translation>La langue changera au prochain démarrage de Debrief.</translation>
    </message>
</context>
<context>
    <name>debrief::MainWindow</name>
    <message>
        <source>Openings</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>&amp;Openings</source>
        <translation>&amp;Postes</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>&amp;Candidates</source>
        <translation>Ca&amp;ndidats</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Go to &amp;Openings</source>
        <translation>Aller aux &amp;postes</translation>
    </message>
    <message>
        <source>&amp;Find Candidate</source>
        <translation>Rechercher un &amp;candidat</translation>
    </message>
    <message>
        <source>Candidate &amp;Details</source>
        <translation>&amp;Détails du candidat</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About Debrief</source>
        <translation>À &amp;propos de Debrief</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Debrief databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données Debrief (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>Debrief databases (*.sqlite)</source>
        <translation>Bases de données Debrief (*.sqlite)</translation>
    </message>
    <message>
        <source>&amp;Candidates for %1</source>
        <translation>Ca&amp;ndidats pour %1</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <source>%1 — Debrief</source>
        <translation>%1 — Debrief</translation>
    </message>
    <message>
        <source>No database open. Use File › New or File › Open.</source>
        <translation>Aucune base de données ouverte. Utilisez Fichier › Nouveau ou Fichier › Ouvrir.</translation>
    </message>
    <message numerus="yes">
        <source>%n opening(s)</source>
        <translation>
            <numerusform>%n poste</numerusform>
            <numerusform>%n postes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidat</numerusform>
            <numerusform>%n candidats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting past their promised date</source>
        <translation>
            <numerusform>%n attend au-delà de la date promise</numerusform>
            <numerusform>%n attendent au-delà de la date promise</numerusform>
        </translation>
    </message>
    <message>
        <source>About Debrief</source>
        <translation>À propos de Debrief</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Debrief %1&lt;/h3&gt;&lt;p&gt;Structured interview debriefs for hiring panels: scored rubrics, independent scorecards, recorded decisions and honest, timely answers for every candidate.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Debrief %1&lt;/h3&gt;&lt;p&gt;Débriefings d&apos;entretiens structurés pour les jurys de recrutement&#xa0;: grilles de critères notées, grilles d&apos;évaluation indépendantes, décisions consignées et réponses honnêtes et rapides pour chaque candidat.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>debrief::OpeningListModel</name>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidat</numerusform>
            <numerusform>%n candidats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finalist(s)</source>
        <translation>
            <numerusform>%n finaliste</numerusform>
            <numerusform>%n finalistes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting past their promised date</source>
        <translation>
            <numerusform>%n attend au-delà de la date promise</numerusform>
            <numerusform>%n attendent au-delà de la date promise</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::RubricEditor</name>
    <message>
        <source>(unnamed criterion)</source>
        <translation>(critère sans nom)</translation>
    </message>
    <message>
        <source>Edit Rubric</source>
        <translation>Modifier la grille de critères</translation>
    </message>
    <message>
        <source>Rubric name</source>
        <translation>Nom de la grille de critères</translation>
    </message>
    <message>
        <source>Rename rubric</source>
        <translation>Renommer la grille de critères</translation>
    </message>
    <message>
        <source>Rubric &amp;name:</source>
        <translation>&amp;Nom de la grille&#xa0;:</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Ajouter un critère</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Supprimer le critère</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Mon&amp;ter</translation>
    </message>
    <message>
        <source>Move criterion up</source>
        <translation>Monter le critère</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Descen&amp;dre</translation>
    </message>
    <message>
        <source>Move criterion down</source>
        <translation>Descendre le critère</translation>
    </message>
    <message>
        <source>&amp;Criteria</source>
        <translation>&amp;Critères</translation>
    </message>
    <message>
        <source>Criterion name</source>
        <translation>Nom du critère</translation>
    </message>
    <message>
        <source>Rename criterion to “%1”</source>
        <translation>Renommer le critère en «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Criterion description</source>
        <translation>Description du critère</translation>
    </message>
    <message>
        <source>Change description of “%1”</source>
        <translation>Modifier la description de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Change weight of “%1”</source>
        <translation>Modifier le poids de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>Échelle de notation</translation>
    </message>
    <message>
        <source>1–4 (no middle)</source>
        <translation>1–4 (sans milieu)</translation>
    </message>
    <message>
        <source>1–5</source>
        <translation>1–5</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>Éc&amp;helle&#xa0;:</translation>
    </message>
    <message>
        <source>Anchor for level %1</source>
        <translation>Ancrage du niveau %1</translation>
    </message>
    <message>
        <source>What a %1 looks like in behaviour</source>
        <translation>À quoi ressemble un %1 dans le comportement</translation>
    </message>
    <message>
        <source>Change level %1 anchor of “%2”</source>
        <translation>Modifier l&apos;ancrage du niveau %1 de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Descri&amp;ption&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>P&amp;oids&#xa0;:</translation>
    </message>
    <message>
        <source>Anchors:</source>
        <translation>Ancrages&#xa0;:</translation>
    </message>
    <message>
        <source>Selected criterion</source>
        <translation>Critère sélectionné</translation>
    </message>
    <message>
        <source>Which round assesses which criterion</source>
        <translation>Quel tour évalue quel critère</translation>
    </message>
    <message>
        <source>Which &amp;round assesses which criterion</source>
        <translation>&amp;Quel tour évalue quel critère</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Importer du JSON…</translation>
    </message>
    <message>
        <source>E&amp;xport JSON…</source>
        <translation>E&amp;xporter en JSON…</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Grille de critères</translation>
    </message>
    <message>
        <source>Saved as version %1; scorecards already submitted keep version %2.</source>
        <translation>Enregistrée en version %1&#xa0;; les grilles d&apos;évaluation déjà soumises gardent la version %2.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Import rubric from “%1”</source>
        <translation>Importer la grille de critères depuis «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Discard the changes to this rubric?</source>
        <translation>Abandonner les modifications de cette grille de critères&#xa0;?</translation>
    </message>
    <message>
        <source>%1. %2 · weight %3</source>
        <translation>%1. %2 · poids %3</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>New rubric (not saved yet)</source>
        <translation>Nouvelle grille de critères (pas encore enregistrée)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message numerus="yes">
        <source>%n scorecard(s) were scored against version %1</source>
        <translation>
            <numerusform>%n grille d&apos;évaluation a été notée avec la version %1</numerusform>
            <numerusform>%n grilles d&apos;évaluation ont été notées avec la version %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submitted scorecard(s) use this version, so saving creates version %1</source>
        <translation>
            <numerusform>%n grille d&apos;évaluation soumise utilise cette version&#xa0;; l&apos;enregistrement crée donc la version %1</numerusform>
            <numerusform>%n grilles d&apos;évaluation soumises utilisent cette version&#xa0;; l&apos;enregistrement crée donc la version %1</numerusform>
        </translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Nouveau critère</translation>
    </message>
    <message>
        <source>Remove criterion “%1”</source>
        <translation>Supprimer le critère «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move “%1” up</source>
        <translation>Monter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move “%1” down</source>
        <translation>Descendre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Change scale of “%1” to 1–%2</source>
        <translation>Passer l&apos;échelle de «&#xa0;%1&#xa0;» à 1–%2</translation>
    </message>
    <message>
        <source>Assess “%1” in “%2”</source>
        <translation>Évaluer «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Stop assessing “%1” in “%2”</source>
        <translation>Ne plus évaluer «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Import Rubric</source>
        <translation>Importer une grille de critères</translation>
    </message>
    <message>
        <source>Rubric JSON (*.json)</source>
        <translation>Grille de critères JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Rubric</source>
        <translation>Exporter la grille de critères</translation>
    </message>
</context>
<context>
    <name>debrief::ScorecardEditor</name>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Grille d&apos;évaluation</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change this submitted scorecard; the change and its reason are recorded in the audit log.</source>
        <translation>Modifier cette grille d&apos;évaluation soumise&#xa0;; la modification et sa raison sont consignées dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Soumettre</translation>
    </message>
    <message>
        <source>Submit the scorecard (Ctrl+Return). It is locked afterwards.</source>
        <translation>Soumettre la grille d&apos;évaluation (Ctrl+Entrée). Elle est ensuite verrouillée.</translation>
    </message>
    <message>
        <source>The opening has no rubric yet; set one up before scoring.</source>
        <translation>Le poste n&apos;a pas encore de grille de critères&#xa0;; créez-en une avant de noter.</translation>
    </message>
    <message>
        <source>Scorecard: %1</source>
        <translation>Grille d&apos;évaluation&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · scored by %3 against “%4”, version %5</source>
        <translation>%1 · %2 · notée par %3 selon «&#xa0;%4&#xa0;», version %5</translation>
    </message>
    <message>
        <source>Overall recommendation</source>
        <translation>Recommandation globale</translation>
    </message>
    <message>
        <source>Press 1–4: strong no, no, yes, strong yes.</source>
        <translation>Appuyez sur 1–4&#xa0;: non catégorique, non, oui, oui sans réserve.</translation>
    </message>
    <message>
        <source>Set recommendation to %1</source>
        <translation>Définir la recommandation sur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation>Points clés</translation>
    </message>
    <message>
        <source>Edit key takeaways</source>
        <translation>Modifier les points clés</translation>
    </message>
    <message>
        <source>Colleagues’ scorecards</source>
        <translation>Grilles d&apos;évaluation des collègues</translation>
    </message>
    <message>
        <source>(weight %1)</source>
        <translation>(poids %1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;0&lt;/b&gt;&amp;nbsp; Not assessed</source>
        <translation>&lt;b&gt;0&lt;/b&gt;&amp;nbsp; Non évalué</translation>
    </message>
    <message>
        <source>Score for %1</source>
        <translation>Note pour %1</translation>
    </message>
    <message>
        <source>Press 1–%1 to score, 0 or N for “not assessed”, Up/Down to move.</source>
        <translation>Appuyez sur 1–%1 pour noter, 0 ou N pour «&#xa0;non évalué&#xa0;», Haut/Bas pour vous déplacer.</translation>
    </message>
    <message>
        <source>Evidence for %1: what did the candidate say or do?</source>
        <translation>Éléments factuels pour %1&#xa0;: qu&apos;a dit ou fait le candidat&#xa0;?</translation>
    </message>
    <message>
        <source>Score “%1” %2</source>
        <translation>Noter «&#xa0;%1&#xa0;» à %2</translation>
    </message>
    <message>
        <source>Mark “%1” not assessed</source>
        <translation>Marquer «&#xa0;%1&#xa0;» comme non évalué</translation>
    </message>
    <message>
        <source>Edit evidence for “%1”</source>
        <translation>Modifier les éléments factuels pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Unsaved changes…</source>
        <translation>Modifications non enregistrées…</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Le brouillon n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation>Brouillon enregistré à %1</translation>
    </message>
    <message>
        <source>Amendment saved; the audit log records the change.</source>
        <translation>Modification enregistrée&#xa0;; le journal d&apos;audit la consigne.</translation>
    </message>
    <message>
        <source>Submitted %1</source>
        <translation>Soumise le %1</translation>
    </message>
    <message>
        <source>Amend Scorecard</source>
        <translation>Modifier la grille d&apos;évaluation</translation>
    </message>
    <message>
        <source>Why are you changing this submitted scorecard? The reason is kept in the audit log with the old and new values.</source>
        <translation>Pourquoi modifiez-vous cette grille d&apos;évaluation soumise&#xa0;? La raison est conservée dans le journal d&apos;audit avec les anciennes et nouvelles valeurs.</translation>
    </message>
    <message>
        <source>Amending: changes are saved with Ctrl+Return and audited.</source>
        <translation>Modification&#xa0;: les changements sont enregistrés avec Ctrl+Entrée et consignés.</translation>
    </message>
    <message>
        <source>&amp;Save Amendment</source>
        <translation>&amp;Enregistrer la modification</translation>
    </message>
    <message>
        <source>Colleagues’ scorecards could not be loaded.</source>
        <translation>Les grilles d&apos;évaluation des collègues n&apos;ont pas pu être chargées.</translation>
    </message>
    <message>
        <source>no recommendation</source>
        <translation>aucune recommandation</translation>
    </message>
    <message numerus="yes">
        <source>%n scorecard(s) hidden until you submit yours.</source>
        <translation>
            <numerusform>%n grille d&apos;évaluation reste masquée jusqu&apos;à ce que vous soumettiez la vôtre.</numerusform>
            <numerusform>%n grilles d&apos;évaluation restent masquées jusqu&apos;à ce que vous soumettiez la vôtre.</numerusform>
        </translation>
    </message>
    <message>
        <source>No colleague has submitted a scorecard yet.</source>
        <translation>Aucun collègue n&apos;a encore soumis de grille d&apos;évaluation.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: debrief-cli COMMAND [OPTIONS]</source>
        <translation>Utilisation&#xa0;: debrief-cli COMMANDE [OPTIONS]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Run &apos;debrief-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Exécutez «&#xa0;debrief-cli COMMANDE --help&#xa0;» pour afficher les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Debrief</translation>
    </message>
</context>
</TS>
