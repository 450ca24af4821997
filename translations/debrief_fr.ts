<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AddFromTalentPoolCommand</name>
    <message numerus="yes">
        <source>Add %n candidate(s) from the talent pool to “%1”</source>
        <translation>
            <numerusform>Ajouter %n candidat du vivier de talents à «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>Ajouter %n candidats du vivier de talents à «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested from the talent pool: got as far as %1 for %2.</source>
        <translation>Suggestion du vivier de talents&#xa0;: a atteint l&apos;étape %1 pour %2.</translation>
    </message>
</context>
<context>
    <name>AnalyticsText</name>
    <message numerus="yes">
        <source>%n finalist(s)</source>
        <translation>
            <numerusform>%n finaliste</numerusform>
            <numerusform>%n finalistes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n panelist(s)</source>
        <translation>
            <numerusform>%n membre du jury</numerusform>
            <numerusform>%n membres du jury</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n valeur</numerusform>
            <numerusform>%n valeurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scorecard(s)</source>
        <translation>
            <numerusform>%n grille d&apos;évaluation</numerusform>
            <numerusform>%n grilles d&apos;évaluation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Anonymiser</name>
    <message>
        <source>Anonymised candidate #%1</source>
        <translation>Candidat anonymisé n° %1</translation>
    </message>
</context>
<context>
    <name>ApplicationComparison</name>
    <message>
        <source>none promised</source>
        <translation>aucune date promise</translation>
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
        <source>Yes: %1</source>
        <translation>Oui&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Furthest stage</source>
        <translation>Étape la plus avancée</translation>
    </message>
    <message>
        <source>Answer promised</source>
        <translation>Réponse promise</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En réserve</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ApplicationRepository</name>
    <message>
        <source>There is no application with id %1.</source>
        <translation>Il n&apos;existe aucune candidature avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>la candidature %1</translation>
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
    <name>BackupCommand</name>
    <message>
        <source>Copy a database as it is, also while Debrief has it open</source>
        <translation>Copier une base de données telle quelle, même lorsqu&apos;elle est ouverte dans Debrief</translation>
    </message>
    <message>
        <source>Usage: debrief-cli backup --db FILE [--out COPY]</source>
        <translation>Utilisation&#xa0;: debrief-cli backup --db FICHIER [--out COPIE]</translation>
    </message>
    <message>
        <source>Write the copy here (default: next to FILE, named FILE.backup.TIME.sqlite). An existing file is not replaced.</source>
        <translation>Écrire la copie ici (par défaut&#xa0;: à côté de FICHIER, sous le nom FICHIER.backup.HEURE.sqlite). Un fichier existant n&apos;est pas remplacé.</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>COPIE</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (readable by you only).</source>
        <translation>%1 sauvegardé dans %2 (lisible par vous seul).</translation>
    </message>
</context>
<context>
    <name>CalibrationGuide</name>
    <message>
        <source>How to read these figures</source>
        <translation>Comment lire ces chiffres</translation>
    </message>
    <message>
        <source>Every panelist scores a little differently. These figures show where the differences are large enough to talk about, so the panel can agree what a score means before the next round. They do not change anyone&apos;s scores.</source>
        <translation>Chaque membre du jury note un peu différemment. Ces chiffres montrent où les écarts sont assez importants pour en discuter, afin que le jury puisse s&apos;accorder sur ce que signifie une note avant le prochain tour. Ils ne modifient les notes de personne.</translation>
    </message>
    <message numerus="yes">
        <source>Leniency: a panelist is called lenient when their scores are on average at least %1 points above their colleagues&apos; on the same candidates, and severe when at least %1 points below, after %n shared rating(s) or more. A lenient or severe panelist is not wrong; the panel should just know it when it reads their scores.</source>
        <translation>
            <numerusform>Indulgence&#xa0;: un membre du jury est dit indulgent lorsque ses notes sont en moyenne supérieures d&apos;au moins %1 points à celles de ses collègues pour les mêmes candidats, et sévère lorsqu&apos;elles leur sont inférieures d&apos;au moins %1 points, à partir de %n note commune. Un membre du jury indulgent ou sévère n&apos;a pas tort&#xa0;; le jury doit simplement le savoir lorsqu&apos;il lit ses notes.</numerusform>
            <numerusform>Indulgence&#xa0;: un membre du jury est dit indulgent lorsque ses notes sont en moyenne supérieures d&apos;au moins %1 points à celles de ses collègues pour les mêmes candidats, et sévère lorsqu&apos;elles leur sont inférieures d&apos;au moins %1 points, à partir de %n notes communes. Un membre du jury indulgent ou sévère n&apos;a pas tort&#xa0;; le jury doit simplement le savoir lorsqu&apos;il lit ses notes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement: 1 means the panelists rank the candidates on a criterion the same way, 0 means no more agreement than chance. From 0.8 it is good, from 0.67 fair, below that weak. Low agreement usually means the criterion or its anchors are read differently; discuss an example together.</source>
        <translation>Accord&#xa0;: 1 signifie que les membres du jury classent les candidats de la même manière sur un critère, 0 qu&apos;ils ne s&apos;accordent pas plus que le hasard. À partir de 0,8, l&apos;accord est bon&#xa0;; à partir de 0,67, acceptable&#xa0;; en dessous, faible. Un accord faible signifie généralement que le critère ou ses ancrages sont compris différemment&#xa0;; discutez ensemble d&apos;un exemple.</translation>
    </message>
    <message numerus="yes">
        <source>Halo: a scorecard is flat when its scores hardly vary across %n or more criteria. A panelist whose scorecards are mostly flat may be rating an overall impression rather than each criterion on its own.</source>
        <translation>
            <numerusform>Effet de halo&#xa0;: une grille d&apos;évaluation est uniforme lorsque ses notes varient à peine sur %n critère ou plus. Un membre du jury dont les grilles d&apos;évaluation sont pour la plupart uniformes note peut-être une impression d&apos;ensemble plutôt que chaque critère séparément.</numerusform>
            <numerusform>Effet de halo&#xa0;: une grille d&apos;évaluation est uniforme lorsque ses notes varient à peine sur %n critères ou plus. Un membre du jury dont les grilles d&apos;évaluation sont pour la plupart uniformes note peut-être une impression d&apos;ensemble plutôt que chaque critère séparément.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offset: how many points (0–100, as in the weighted total) a panelist&apos;s scores lie above (+) or below (−) the rest of the panel&apos;s on the same candidate and criterion, on average. Spread: how much that varies.</source>
        <translation>Écart&#xa0;: de combien de points (0–100, comme dans le total pondéré) les notes d&apos;un membre du jury se situent en moyenne au-dessus (+) ou au-dessous (−) de celles du reste du jury pour le même candidat et le même critère. Dispersion&#xa0;: dans quelle mesure cet écart varie.</translation>
    </message>
    <message>
        <source>ICC(1,1), ICC(2,1) (absolute agreement) and ICC(3,1) (consistency): intraclass correlations on the largest group of candidates every included panelist scored. Alpha: Krippendorff&apos;s alpha at the ordinal level, on every candidate scored by at least two panelists; the reading follows alpha.</source>
        <translation>ICC(1,1), ICC(2,1) (accord absolu) et ICC(3,1) (cohérence)&#xa0;: coefficients de corrélation intraclasse sur le plus grand groupe de candidats notés par chacun des membres du jury inclus. Alpha&#xa0;: alpha de Krippendorff au niveau ordinal, sur chaque candidat noté par au moins deux membres du jury&#xa0;; l&apos;interprétation suit l&apos;alpha.</translation>
    </message>
    <message>
        <source>not enough shared ratings</source>
        <translation>pas assez de notes communes</translation>
    </message>
    <message>
        <source>good</source>
        <translation>bon</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>acceptable</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>none beyond chance</source>
        <translation>aucun au-delà du hasard</translation>
    </message>
    <message>
        <source>No panelist gave nearly the same score on every criterion on most of their scorecards.</source>
        <translation>Aucun membre du jury n&apos;a attribué presque la même note à chaque critère sur la plupart de ses grilles d&apos;évaluation.</translation>
    </message>
    <message>
        <source>Most scorecards of %1 score every criterion nearly the same. Worth asking whether each criterion was judged on its own evidence.</source>
        <translation>La plupart des grilles d&apos;évaluation de %1 attribuent presque la même note à chaque critère. Il vaut la peine de se demander si chaque critère a été jugé sur ses propres éléments factuels.</translation>
    </message>
</context>
<context>
    <name>CalibrationReport</name>
    <message>
        <source>Panel calibration</source>
        <translation>Calibrage du jury</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Candidates scored</source>
        <translation>Candidats notés</translation>
    </message>
    <message>
        <source>Panelists who scored</source>
        <translation>Membres du jury ayant noté</translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation>Grilles d&apos;évaluation</translation>
    </message>
    <message numerus="yes">
        <source>%n submitted scorecard(s); drafts are never counted.</source>
        <translation>
            <numerusform>%n grille d&apos;évaluation soumise&#xa0;; les brouillons ne sont jamais comptés.</numerusform>
            <numerusform>%n grilles d&apos;évaluation soumises&#xa0;; les brouillons ne sont jamais comptés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leniency per panelist</source>
        <translation>Indulgence par membre du jury</translation>
    </message>
    <message>
        <source>Agreement per criterion</source>
        <translation>Accord par critère</translation>
    </message>
    <message>
        <source>Halo flags</source>
        <translation>Signalements d&apos;effet de halo</translation>
    </message>
</context>
<context>
    <name>CalibrationReportData</name>
    <message>
        <source>Nobody has submitted a scorecard for %1 yet, so there is nothing to calibrate.</source>
        <translation>Personne n&apos;a encore soumis de grille d&apos;évaluation pour %1&#xa0;; il n&apos;y a donc rien à calibrer.</translation>
    </message>
</context>
<context>
    <name>CalibrationTables</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Panelist</source>
        <translation>Membre du jury</translation>
    </message>
    <message>
        <source>Offset (points)</source>
        <translation>Écart (points)</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Dispersion</translation>
    </message>
    <message>
        <source>Shared ratings</source>
        <translation>Notes communes</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Interprétation</translation>
    </message>
    <message>
        <source>How each panelist scores compared with the rest of the panel</source>
        <translation>Comment chaque membre du jury note par rapport au reste du jury</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>ICC(1,1)</source>
        <translation>ICC(1,1)</translation>
    </message>
    <message>
        <source>ICC(2,1)</source>
        <translation>ICC(2,1)</translation>
    </message>
    <message>
        <source>ICC(3,1)</source>
        <translation>ICC(3,1)</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Base de calcul</translation>
    </message>
    <message>
        <source>%1 candidates, %2 panelists, %3 scores</source>
        <translation>%1 candidats, %2 membres du jury, %3 notes</translation>
    </message>
    <message>
        <source>How well the panel agrees on each criterion</source>
        <translation>Degré d&apos;accord du jury sur chaque critère</translation>
    </message>
    <message>
        <source>Scorecards checked</source>
        <translation>Grilles d&apos;évaluation examinées</translation>
    </message>
    <message>
        <source>Flat scorecards</source>
        <translation>Grilles d&apos;évaluation uniformes</translation>
    </message>
    <message>
        <source>Halo flag</source>
        <translation>Effet de halo signalé</translation>
    </message>
    <message>
        <source>Scorecards that score every criterion nearly the same</source>
        <translation>Grilles d&apos;évaluation qui attribuent presque la même note à chaque critère</translation>
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
        <translation>Prénom d&apos;usage</translation>
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
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>«&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>a column is missing (give numbers or header names joined with +)</source>
        <translation>une colonne manque (indiquez des numéros ou des en-têtes de colonne reliés par +)</translation>
    </message>
    <message numerus="yes">
        <source>there is no column %1; the file has %n column(s)</source>
        <translation>
            <numerusform>il n&apos;y a pas de colonne %1&#xa0;; le fichier compte %n colonne</numerusform>
            <numerusform>il n&apos;y a pas de colonne %1&#xa0;; le fichier compte %n colonnes</numerusform>
        </translation>
    </message>
    <message>
        <source>no column is called “%1”</source>
        <translation>aucune colonne ne s&apos;appelle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%n columns are called “%1”; give the column&apos;s number instead</source>
        <translation>
            <numerusform>%n colonne s&apos;appelle «&#xa0;%1&#xa0;»&#xa0;; indiquez plutôt le numéro de la colonne</numerusform>
            <numerusform>%n colonnes s&apos;appellent «&#xa0;%1&#xa0;»&#xa0;; indiquez plutôt le numéro de la colonne</numerusform>
        </translation>
    </message>
    <message>
        <source>the required column &quot;%1&quot; is missing or not mapped; the file&apos;s columns are %2. The name can also be a first-name and a last-name column joined.</source>
        <translation>la colonne obligatoire «&#xa0;%1&#xa0;» est absente ou non associée&#xa0;; les colonnes du fichier sont %2. Le nom peut aussi être formé en joignant une colonne de prénom et une colonne de nom de famille.</translation>
    </message>
    <message>
        <source>the required column &quot;%1&quot; is missing or not mapped; the file&apos;s columns are %2</source>
        <translation>la colonne obligatoire «&#xa0;%1&#xa0;» est absente ou non associée&#xa0;; les colonnes du fichier sont %2</translation>
    </message>
    <message>
        <source>the columns %1 could each be &quot;%2&quot;; choose one</source>
        <translation>les colonnes %1 pourraient chacune être «&#xa0;%2&#xa0;»&#xa0;; choisissez-en une</translation>
    </message>
    <message>
        <source>the columns %1 could each be &quot;%2&quot;; %3 is used</source>
        <translation>les colonnes %1 pourraient chacune être «&#xa0;%2&#xa0;»&#xa0;; %3 est utilisée</translation>
    </message>
    <message>
        <source>the first row holds an e-mail address, so it looks like a candidate rather than the column names; it is read as the column names (the file needs a header row)</source>
        <translation>la première ligne contient une adresse e-mail&#xa0;: elle ressemble donc à un candidat plutôt qu&apos;aux noms des colonnes&#xa0;; elle est lue comme les noms des colonnes (le fichier doit avoir une ligne d&apos;en-tête)</translation>
    </message>
</context>
<context>
    <name>CandidateCsvImport</name>
    <message>
        <source>the name is empty</source>
        <translation>le nom est vide</translation>
    </message>
    <message>
        <source>the e-mail address is empty</source>
        <translation>l&apos;adresse e-mail est vide</translation>
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
    <message>
        <source>a candidate with this e-mail has already applied to this opening</source>
        <translation>un candidat avec cette adresse e-mail a déjà postulé à ce poste</translation>
    </message>
    <message>
        <source>already stored for another opening; the same person is added to this opening</source>
        <translation>déjà enregistré pour un autre poste&#xa0;; la même personne est ajoutée à ce poste</translation>
    </message>
    <message numerus="yes">
        <source>The import cannot be taken back any more: %n record(s) (interviews, references, messages or applications) were added to its candidates since.</source>
        <translation>
            <numerusform>L&apos;importation ne peut plus être annulée&#xa0;: %n enregistrement (entretien, référence, message ou candidature) a été ajouté à ses candidats depuis.</numerusform>
            <numerusform>L&apos;importation ne peut plus être annulée&#xa0;: %n enregistrements (entretiens, références, messages ou candidatures) ont été ajoutés à ses candidats depuis.</numerusform>
        </translation>
    </message>
    <message>
        <source>this date could be %1 (day first) or %2 (month first), and no date in the column says which comes first; choose the order of day and month</source>
        <translation>cette date peut être le %1 (jour en premier) ou le %2 (mois en premier), et aucune date de la colonne n&apos;indique lequel vient en premier&#xa0;; choisissez si le jour ou le mois vient en premier</translation>
    </message>
    <message>
        <source>this date reads only with the month first, but line %1 reads only with the day first; choose the order of day and month</source>
        <translation>cette date ne se lit qu&apos;avec le mois en premier, mais la ligne %1 ne se lit qu&apos;avec le jour en premier&#xa0;; choisissez si le jour ou le mois vient en premier</translation>
    </message>
    <message>
        <source>this date reads only with the day first, but line %1 reads only with the month first; choose the order of day and month</source>
        <translation>cette date ne se lit qu&apos;avec le jour en premier, mais la ligne %1 ne se lit qu&apos;avec le mois en premier&#xa0;; choisissez si le jour ou le mois vient en premier</translation>
    </message>
    <message>
        <source>this is not a date (write e.g. 2026-03-01, 01.03.2026 or 1 Mar 2026)</source>
        <translation>ce n&apos;est pas une date (écrivez p. ex. 2026-03-01, 01.03.2026 ou 1er mars 2026)</translation>
    </message>
    <message>
        <source>this is not a valid e-mail address</source>
        <translation>ce n&apos;est pas une adresse e-mail valide</translation>
    </message>
    <message>
        <source>starts like a spreadsheet formula; it is stored as text and never run</source>
        <translation>commence comme une formule de tableur&#xa0;; la valeur est enregistrée comme texte et n&apos;est jamais exécutée</translation>
    </message>
    <message>
        <source>this value holds the control character %1, which typed text never has (was the file saved in another encoding?); remove it</source>
        <translation>cette valeur contient le caractère de contrôle %1, qu&apos;un texte saisi ne contient jamais (le fichier a-t-il été enregistré dans un autre encodage&#xa0;?)&#xa0;; supprimez-le</translation>
    </message>
    <message>
        <source>no candidates in the file: it has a header row but no rows with a candidate below it</source>
        <translation>aucun candidat dans le fichier&#xa0;: il a une ligne d&apos;en-tête, mais aucune ligne de candidat en dessous</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>L’importation a été annulée&#xa0;; rien n’a été importé.</translation>
    </message>
</context>
<context>
    <name>CandidateImportMenu</name>
    <message>
        <source>Import Candidates</source>
        <translation>Importer des candidats</translation>
    </message>
    <message>
        <source>&amp;Import Candidates from CSV…</source>
        <translation>&amp;Importer des candidats depuis un CSV…</translation>
    </message>
</context>
<context>
    <name>CandidateIntake</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
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
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Answer promised by</source>
        <translation>Réponse promise d&apos;ici le</translation>
    </message>
    <message>
        <source>Enter the candidate&apos;s name.</source>
        <translation>Saisissez le nom du candidat.</translation>
    </message>
    <message>
        <source>Enter an e-mail address: it is how the panel answers the candidate and spots duplicates.</source>
        <translation>Saisissez une adresse e-mail&#xa0;: c&apos;est par elle que le jury répond au candidat et repère les doublons.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>%1 (%2) has already applied to this opening.</source>
        <translation>%1 (%2) a déjà postulé à ce poste.</translation>
    </message>
</context>
<context>
    <name>CandidatePacketData</name>
    <message>
        <source>Candidate %1 did not apply to opening %2 in %3.</source>
        <translation>Le candidat %1 n&apos;a pas postulé au poste %2 dans %3.</translation>
    </message>
</context>
<context>
    <name>CandidatePacketReport</name>
    <message>
        <source>No decision recorded yet</source>
        <translation>Aucune décision consignée pour l&apos;instant</translation>
    </message>
    <message>
        <source>Not among the finalists of the decision</source>
        <translation>Ne figure pas parmi les finalistes de la décision</translation>
    </message>
    <message>
        <source>Runner-up no. %1</source>
        <translation>Deuxième choix n° %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>%n without a recommendation</source>
        <translation>
            <numerusform>%n sans recommandation</numerusform>
            <numerusform>%n sans recommandation</numerusform>
        </translation>
    </message>
    <message>
        <source>no recommendation</source>
        <translation>aucune recommandation</translation>
    </message>
    <message>
        <source>%1 — recommendation: %2</source>
        <translation>%1 — recommandation&#xa0;: %2</translation>
    </message>
    <message>
        <source>Candidate packet: %1</source>
        <translation>Dossier du candidat&#xa0;: %1</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Prénom d&apos;usage</translation>
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
        <source>Opening</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Date de candidature</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Furthest stage reached</source>
        <translation>Étape la plus avancée</translation>
    </message>
    <message>
        <source>Answer promised by</source>
        <translation>Réponse promise d&apos;ici le</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En réserve</translation>
    </message>
    <message>
        <source>Talent pool</source>
        <translation>Vivier de talents</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>En bref</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>1–%1</source>
        <translation>1–%1</translation>
    </message>
    <message>
        <source>Weighted total</source>
        <translation>Total pondéré</translation>
    </message>
    <message>
        <source>%1 of 100</source>
        <translation>%1 sur 100</translation>
    </message>
    <message>
        <source>no total</source>
        <translation>aucun total</translation>
    </message>
    <message>
        <source>Scores on the current rubric, latest submitted score per panelist</source>
        <translation>Notes selon la grille de critères actuelle, dernière note soumise par membre du jury</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation>Grilles d&apos;évaluation</translation>
    </message>
    <message numerus="yes">
        <source>%n submitted scorecard(s); drafts are never counted.</source>
        <translation>
            <numerusform>%n grille d&apos;évaluation soumise&#xa0;; les brouillons ne sont jamais comptés.</numerusform>
            <numerusform>%n grilles d&apos;évaluation soumises&#xa0;; les brouillons ne sont jamais comptés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>What the score means</source>
        <translation>Signification de la note</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments factuels</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>No scorecard has been submitted for this candidate yet.</source>
        <translation>Aucune grille d&apos;évaluation n&apos;a encore été soumise pour ce candidat.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n panelist(s) have not submitted a scorecard for this interview yet.</source>
        <translation>
            <numerusform>%n membre du jury n&apos;a pas encore soumis de grille d&apos;évaluation pour cet entretien.</numerusform>
            <numerusform>%n membres du jury n&apos;ont pas encore soumis de grille d&apos;évaluation pour cet entretien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ratings by %1</source>
        <translation>Notes attribuées par %1</translation>
    </message>
    <message>
        <source>Key takeaways: %1</source>
        <translation>Points clés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Submitted on %1.</source>
        <translation>Soumise le %1.</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>No references collected (they are asked for finalists only).</source>
        <translation>Aucune référence recueillie (elles ne sont demandées que pour les finalistes).</translation>
    </message>
    <message>
        <source>Referee</source>
        <translation>Référent</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contacté le</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Propos recueillis</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Réserve</translation>
    </message>
    <message>
        <source>Referees</source>
        <translation>Référents</translation>
    </message>
    <message>
        <source>Communication log</source>
        <translation>Journal des échanges</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>Rien n&apos;a encore été consigné.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Messages and calls, oldest first</source>
        <translation>Messages et appels, du plus ancien au plus récent</translation>
    </message>
</context>
<context>
    <name>CandidateRepository</name>
    <message>
        <source>There is no candidate with id %1.</source>
        <translation>Il n&apos;existe aucun candidat avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Candidate %1 already has this e-mail address; one person is stored once (in %2).</source>
        <translation>Le candidat %1 a déjà cette adresse e-mail&#xa0;; une personne n&apos;est enregistrée qu&apos;une seule fois (dans %2).</translation>
    </message>
    <message>
        <source>Candidate %1</source>
        <translation>le candidat %1</translation>
    </message>
</context>
<context>
    <name>ChangeDescription</name>
    <message numerus="yes">
        <source>%1 (and %n more change(s))</source>
        <extracomment>%1 is a sentence such as &quot;Priya submitted a scorecard for Zoë Clarke&quot;.</extracomment>
        <translation>
            <numerusform>%1 (et %n autre modification)</numerusform>
            <numerusform>%1 (et %n autres modifications)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 submitted a scorecard for %2</source>
        <translation>%1 a soumis une grille d&apos;évaluation pour %2</translation>
    </message>
    <message>
        <source>%1 amended a scorecard for %2</source>
        <translation>%1 a modifié une grille d&apos;évaluation pour %2</translation>
    </message>
    <message>
        <source>%1 removed a scorecard for %2</source>
        <translation>%1 a supprimé une grille d&apos;évaluation pour %2</translation>
    </message>
    <message>
        <source>%1 revealed the scores for %2</source>
        <translation>%1 a révélé les notes pour %2</translation>
    </message>
    <message>
        <source>%1 set up the opening %2</source>
        <translation>%1 a créé le poste %2</translation>
    </message>
    <message>
        <source>%1 removed an opening</source>
        <translation>%1 a supprimé un poste</translation>
    </message>
    <message>
        <source>%1 edited the opening %2</source>
        <translation>%1 a modifié le poste %2</translation>
    </message>
    <message>
        <source>%1 recorded the decision for %2</source>
        <translation>%1 a consigné la décision pour %2</translation>
    </message>
    <message>
        <source>%1 took back the decision for %2</source>
        <translation>%1 a retiré la décision pour %2</translation>
    </message>
    <message>
        <source>%1 amended the decision for %2</source>
        <translation>%1 a modifié la décision pour %2</translation>
    </message>
    <message>
        <source>%1 added %2</source>
        <translation>%1 a ajouté %2</translation>
    </message>
    <message>
        <source>%1 removed a candidate</source>
        <translation>%1 a supprimé un candidat</translation>
    </message>
    <message>
        <source>%1 edited %2</source>
        <translation>%1 a modifié %2</translation>
    </message>
    <message>
        <source>%1 added %2 to %3</source>
        <translation>%1 a ajouté %2 à %3</translation>
    </message>
    <message>
        <source>%1 removed a candidate from %2</source>
        <translation>%1 a retiré un candidat de %2</translation>
    </message>
    <message>
        <source>%1 scheduled an interview with %2</source>
        <translation>%1 a planifié un entretien avec %2</translation>
    </message>
    <message>
        <source>%1 removed an interview with %2</source>
        <translation>%1 a supprimé un entretien avec %2</translation>
    </message>
    <message>
        <source>%1 changed an interview with %2</source>
        <translation>%1 a modifié un entretien avec %2</translation>
    </message>
    <message>
        <source>%1 removed the message to %2</source>
        <translation>%1 a supprimé le message destiné à %2</translation>
    </message>
    <message>
        <source>%1 worked on the message to %2</source>
        <translation>%1 a travaillé sur le message destiné à %2</translation>
    </message>
    <message>
        <source>%1 made a change</source>
        <translation>%1 a apporté une modification</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Quelqu&apos;un</translation>
    </message>
    <message>
        <source>a candidate</source>
        <extracomment>Stands for a candidate&apos;s name once the record is gone.</extracomment>
        <translation>un candidat</translation>
    </message>
    <message>
        <source>an opening</source>
        <extracomment>Stands for an opening&apos;s title once the record is gone.</extracomment>
        <translation>un poste</translation>
    </message>
</context>
<context>
    <name>ChangeOpeningSetupCommand</name>
    <message>
        <source>Change set-up of “%1”</source>
        <translation>Modifier la configuration de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The set-up of “%1” cannot be put back. %2</source>
        <translation>La configuration de «&#xa0;%1&#xa0;» ne peut pas être rétablie. %2</translation>
    </message>
    <message>
        <source>The set-up of “%1” cannot be changed again. %2</source>
        <translation>La configuration de «&#xa0;%1&#xa0;» ne peut pas être modifiée de nouveau. %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
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
        <source>Show the scores as this panelist may see them (blind scoring): their id in FILE, uuid or e-mail. Default: the opening&apos;s panel lead.</source>
        <translation>Afficher les notes telles que ce membre du jury peut les voir (notation à l&apos;aveugle)&#xa0;: son identifiant dans FICHIER, son UUID ou son adresse e-mail. Par défaut&#xa0;: le responsable du jury du poste.</translation>
    </message>
    <message>
        <source>PANELIST</source>
        <translation>MEMBRE_DU_JURY</translation>
    </message>
    <message>
        <source>The Debrief database: a file, or a shared server as postgresql://user@host:port/database.</source>
        <translation>La base de données Debrief&#xa0;: un fichier, ou un serveur partagé sous la forme postgresql://utilisateur@hôte:port/base.</translation>
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
    <name>CommunicationEditing</name>
    <message>
        <source>Debrief</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <source>&amp;Log a Message or Call…</source>
        <translation>Consigner un message ou un &amp;appel…</translation>
    </message>
</context>
<context>
    <name>CommunicationLog</name>
    <message>
        <source>Application: choose the application this message belongs to.</source>
        <translation>Candidature&#xa0;: choisissez la candidature à laquelle se rapporte ce message.</translation>
    </message>
    <message>
        <source>Summary: say in a few words what was said or sent.</source>
        <translation>Résumé&#xa0;: indiquez en quelques mots ce qui a été dit ou envoyé.</translation>
    </message>
    <message>
        <source>Final answer: only a message from the panel to the candidate can be the final answer.</source>
        <translation>Réponse définitive&#xa0;: seul un message du jury au candidat peut être la réponse définitive.</translation>
    </message>
    <message>
        <source>Next promised date: a final answer promises no further answer; clear the date or do not mark the message as the final answer.</source>
        <translation>Prochaine date promise&#xa0;: une réponse définitive ne promet aucune autre réponse&#xa0;; effacez la date ou ne marquez pas le message comme réponse définitive.</translation>
    </message>
    <message>
        <source>Copied the message “%1” to the clipboard.</source>
        <translation>Message «&#xa0;%1&#xa0;» copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Opened the message “%1” in the mail program.</source>
        <translation>Message «&#xa0;%1&#xa0;» ouvert dans le programme de messagerie.</translation>
    </message>
    <message>
        <source>Saved the message “%1” as an .eml file.</source>
        <translation>Message «&#xa0;%1&#xa0;» enregistré en tant que fichier .eml.</translation>
    </message>
    <message>
        <source>The log entry %1 no longer exists.</source>
        <translation>L&apos;entrée de journal %1 n&apos;existe plus.</translation>
    </message>
    <message numerus="yes">
        <source>%n open tone finding(s): %1</source>
        <translation>
            <numerusform>%n remarque sur le ton non résolue&#xa0;: %1</numerusform>
            <numerusform>%n remarques sur le ton non résolues&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent with %1.</source>
        <translation>Envoyé avec %1.</translation>
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
    <name>CompareCommand</name>
    <message>
        <source>Compare an opening&apos;s finalists: totals, ties and panel calibration</source>
        <translation>Comparer les finalistes d&apos;un poste&#xa0;: totaux, égalités et calibrage du jury</translation>
    </message>
    <message>
        <source>Print the comparison as JSON (docs/COMPARE.md).</source>
        <translation>Afficher la comparaison au format JSON (docs/COMPARE.md).</translation>
    </message>
    <message>
        <source>ID,ID,...</source>
        <translation>ID,ID,...</translation>
    </message>
    <message>
        <source>Seed of the tie detection&apos;s resampling.</source>
        <translation>Graine du rééchantillonnage de la détection des égalités.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Resamples of the panel (at least %1).</source>
        <translation>Rééchantillonnages du jury (au moins %1).</translation>
    </message>
    <message>
        <source>--seed takes a whole number from 0.</source>
        <translation>--seed attend un nombre entier à partir de 0.</translation>
    </message>
    <message>
        <source>--resamples takes a whole number.</source>
        <translation>--resamples attend un nombre entier.</translation>
    </message>
    <message>
        <source>--finalists takes application ids separated by commas.</source>
        <translation>--finalists attend des identifiants de candidature séparés par des virgules.</translation>
    </message>
    <message>
        <source>--opening takes a number or a uuid.</source>
        <translation>--opening attend un nombre ou un UUID.</translation>
    </message>
    <message numerus="yes">
        <source>Opening %1 has %n finalist(s) with a submitted scorecard; a comparison needs at least 2.</source>
        <translation>
            <numerusform>Le poste %1 a %n finaliste avec une grille d&apos;évaluation soumise&#xa0;; une comparaison en nécessite au moins 2.</numerusform>
            <numerusform>Le poste %1 a %n finalistes avec une grille d&apos;évaluation soumise&#xa0;; une comparaison en nécessite au moins 2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use --as PANELIST to see the scores as another panelist may.</source>
        <translation>Utilisez --as MEMBRE_DU_JURY pour voir les notes telles qu&apos;un autre membre du jury peut les voir.</translation>
    </message>
    <message>
        <source>Usage: debrief-cli compare --db FILE --opening ID [--as PANELIST] [--json] [--finalists ID,ID,...] [--seed N] [--resamples N]</source>
        <translation>Utilisation&#xa0;: debrief-cli compare --db FICHIER --opening ID [--as MEMBRE_DU_JURY] [--json] [--finalists ID,ID,...] [--seed N] [--resamples N]</translation>
    </message>
    <message>
        <source>The applications to compare, by id, in this order (default: those the recorded decision names, else every finalist with a submitted scorecard).</source>
        <translation>Les candidatures à comparer, par identifiant, dans cet ordre (par défaut&#xa0;: celles que nomme la décision consignée, sinon chaque finaliste ayant une grille d&apos;évaluation soumise).</translation>
    </message>
</context>
<context>
    <name>ComparisonCellText</name>
    <message>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> ±%1</source>
        <translation> ±%1</translation>
    </message>
    <message>
        <source>no total</source>
        <translation>aucun total</translation>
    </message>
    <message>
        <source>%1 of 100</source>
        <translation>%1 sur 100</translation>
    </message>
    <message>
        <source> [%1–%2]</source>
        <translation> [%1–%2]</translation>
    </message>
</context>
<context>
    <name>ComparisonDate</name>
    <message>
        <source>d MMM yyyy</source>
        <comment>date pattern, see QDate::toString</comment>
        <translation>d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>ComparisonInput</name>
    <message>
        <source>Application %1 does not belong to this opening.</source>
        <translation>La candidature %1 n&apos;appartient pas à ce poste.</translation>
    </message>
    <message>
        <source>The opening has no rubric yet, so there are no scores to compare.</source>
        <translation>Le poste n&apos;a pas encore de grille de critères&#xa0;; il n&apos;y a donc aucune note à comparer.</translation>
    </message>
    <message>
        <source>%1 and %2 from %3 submitted; drafts ignored: %4; scores on criteria no longer in the rubric left out: %5; scores replaced by a later one: %6.</source>
        <translation>%1 et %2, d&apos;après %3 soumises&#xa0;; brouillons ignorés&#xa0;: %4&#xa0;; notes portant sur des critères qui ne figurent plus dans la grille de critères, écartées&#xa0;: %5&#xa0;; notes remplacées par une note plus récente&#xa0;: %6.</translation>
    </message>
    <message>
        <source>Hidden by blind scoring: %1.</source>
        <translation>Masquées par la notation à l&apos;aveugle&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The rubric gives “%1” the weight %2, but a weight must be from 0 to %3; correct it in the rubric (Opening › Edit Rubric…) to compare.</source>
        <translation>La grille de critères donne à «&#xa0;%1&#xa0;» le poids %2, mais un poids doit être compris entre 0 et %3&#xa0;; corrigez-le dans la grille de critères (Poste › Modifier la grille de critères…) pour comparer.</translation>
    </message>
</context>
<context>
    <name>ComparisonMenu</name>
    <message>
        <source>Compare Finalists</source>
        <translation>Comparer les finalistes</translation>
    </message>
    <message>
        <source>The database has no opening to compare finalists of.</source>
        <translation>La base de données ne contient aucun poste dont comparer les finalistes.</translation>
    </message>
    <message>
        <source>Compare &amp;Finalists…</source>
        <translation>C&amp;omparer les finalistes…</translation>
    </message>
</context>
<context>
    <name>ComparisonRadarChart</name>
    <message>
        <source>Panel mean per criterion (% of scale)</source>
        <translation>Moyenne du jury par critère (% de l&apos;échelle)</translation>
    </message>
</context>
<context>
    <name>ComparisonReport</name>
    <message>
        <source>%1 is ahead</source>
        <translation>%1 est en tête</translation>
    </message>
    <message>
        <source>too close to call</source>
        <translation>trop proches pour être départagés</translation>
    </message>
    <message>
        <source>%1 %2%3</source>
        <translation>%1 %2%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Hiring manager and panel lead (%1)</source>
        <translation>Responsable du recrutement et responsable du jury (%1)</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>Responsable du recrutement</translation>
    </message>
    <message>
        <source>Hiring manager (%1)</source>
        <translation>Responsable du recrutement (%1)</translation>
    </message>
    <message>
        <source>Panel lead</source>
        <translation>Responsable du jury</translation>
    </message>
    <message>
        <source>Panel lead (%1)</source>
        <translation>Responsable du jury (%1)</translation>
    </message>
    <message>
        <source>Finalist comparison</source>
        <translation>Comparaison des finalistes</translation>
    </message>
    <message>
        <source>%1 — rubric version %2</source>
        <translation>%1 — version %2 de la grille de critères</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <source>Each cell: the panel&apos;s mean score on the criterion&apos;s scale, each panelist&apos;s score in brackets and ± the standard deviation. Tinted cells: the panel disagrees (scores two or more points apart, or a standard deviation of one point or more). Weighted total: 0–100, with the range the total falls in for %1 of resamples of the panel.</source>
        <translation>Chaque cellule&#xa0;: la note moyenne du jury sur l&apos;échelle du critère, la note de chaque membre du jury entre crochets et ± l&apos;écart type. Cellules teintées&#xa0;: le jury est partagé (notes écartées de deux points ou plus, ou écart type d&apos;un point ou plus). Total pondéré&#xa0;: 0–100, avec l&apos;intervalle dans lequel se situe le total pour %1 des rééchantillonnages du jury.</translation>
    </message>
    <message>
        <source>Is the lead real?</source>
        <translation>L&apos;avance est-elle réelle&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>The panel was resampled %n time(s) (seed %1): each resample draws the panelists again with replacement and recomputes the weighted totals. A lead is real when one finalist is ahead in at least %2 of them.</source>
        <translation>
            <numerusform>Le jury a été rééchantillonné %n fois (graine %1)&#xa0;: chaque rééchantillonnage tire de nouveau les membres du jury avec remise et recalcule les totaux pondérés. Une avance est réelle lorsqu&apos;un finaliste est en tête dans au moins %2 d&apos;entre eux.</numerusform>
            <numerusform>Le jury a été rééchantillonné %n fois (graine %1)&#xa0;: chaque rééchantillonnage tire de nouveau les membres du jury avec remise et recalcule les totaux pondérés. Une avance est réelle lorsqu&apos;un finaliste est en tête dans au moins %2 d&apos;entre eux.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gap: the first finalist&apos;s weighted total minus the second&apos;s, in points. First ahead: the share of resamples in which the first named is ahead. Criteria behind the gap: the points each criterion adds to it (+ favours the first named).</source>
        <translation>Écart&#xa0;: le total pondéré du premier finaliste moins celui du second, en points. Premier en tête&#xa0;: la part des rééchantillonnages dans lesquels le premier nommé est en tête. Critères à l&apos;origine de l&apos;écart&#xa0;: les points que chaque critère y ajoute (+ favorise le premier nommé).</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Finalists</source>
        <translation>Finalistes</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Jury</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Weighted total</source>
        <translation>Total pondéré</translation>
    </message>
    <message>
        <source>Scores per criterion (1–%1 scales)</source>
        <translation>Notes par critère (échelles 1–%1)</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Each finalist&apos;s mean per criterion on 0–100 (the lowest level of a scale is 0, the highest 100). Further out is stronger.</source>
        <translation>Moyenne de chaque finaliste par critère sur 0–100 (le niveau le plus bas d&apos;une échelle vaut 0, le plus haut 100). Plus on s&apos;éloigne du centre, plus c&apos;est fort.</translation>
    </message>
    <message>
        <source>The same means as bars, one group per criterion.</source>
        <translation>Les mêmes moyennes sous forme de barres, un groupe par critère.</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>First ahead</source>
        <translation>Premier en tête</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Criteria behind the gap</source>
        <translation>Critères à l&apos;origine de l&apos;écart</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 contre %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Every pair of finalists</source>
        <translation>Toutes les paires de finalistes</translation>
    </message>
    <message>
        <source>Where the panel disagrees</source>
        <translation>Points de désaccord du jury</translation>
    </message>
    <message>
        <source>Finalist</source>
        <translation>Finaliste</translation>
    </message>
    <message>
        <source>Scores by panelist</source>
        <translation>Notes par membre du jury</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Dispersion</translation>
    </message>
    <message>
        <source>±%1</source>
        <translation>±%1</translation>
    </message>
    <message>
        <source>The panel agrees on every criterion for every finalist: no scores two or more points apart.</source>
        <translation>Le jury est d&apos;accord sur chaque critère pour chaque finaliste&#xa0;: aucune note n&apos;est écartée de deux points ou plus.</translation>
    </message>
    <message>
        <source>Scores far apart on the same finalist</source>
        <translation>Notes très éloignées pour le même finaliste</translation>
    </message>
    <message>
        <source>Worth talking through before the decision is signed: the panel saw the same candidate differently here.</source>
        <translation>À discuter avant de signer la décision&#xa0;: le jury a perçu le même candidat différemment sur ce point.</translation>
    </message>
    <message>
        <source>Decision record</source>
        <translation>Décision consignée</translation>
    </message>
    <message>
        <source>No decision recorded yet.</source>
        <translation>Aucune décision consignée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Consigné par</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <source>Runners-up</source>
        <translation>Deuxièmes choix</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Non retenu</translation>
    </message>
    <message>
        <source>Deciding factors</source>
        <translation>Facteurs décisifs</translation>
    </message>
    <message>
        <source>May be shared with candidates</source>
        <translation>Peut être communiqué aux candidats</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>No rationale was written.</source>
        <translation>Aucune justification n&apos;a été rédigée.</translation>
    </message>
    <message>
        <source>not compared: no total</source>
        <translation>non comparés&#xa0;: aucun total</translation>
    </message>
</context>
<context>
    <name>ComparisonTable</name>
    <message>
        <source>Finalist comparison: %1 (rubric version %2)</source>
        <translation>Comparaison des finalistes&#xa0;: %1 (version %2 de la grille de critères)</translation>
    </message>
    <message>
        <source>Finalist</source>
        <translation>Finaliste</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1% interval</source>
        <translation>Intervalle à %1&#xa0;%</translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation>Grilles d&apos;évaluation</translation>
    </message>
    <message>
        <source>Strong no/no/yes/strong yes/none</source>
        <translation>Non catégorique/non/oui/oui sans réserve/aucune</translation>
    </message>
    <message numerus="yes">
        <source>Weighted totals (0–100), %n resample(s) of the panel, seed %1</source>
        <translation>
            <numerusform>Totaux pondérés (0–100), %n rééchantillonnage du jury, graine %1</numerusform>
            <numerusform>Totaux pondérés (0–100), %n rééchantillonnages du jury, graine %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Criterion (weight, scale)</source>
        <translation>Critère (poids, échelle)</translation>
    </message>
    <message>
        <source>%1 ±%2 (n=%3)</source>
        <translation>%1 ±%2 (n=%3)</translation>
    </message>
    <message>
        <source>Per criterion: mean ± standard deviation (number of ratings)</source>
        <translation>Par critère&#xa0;: moyenne ± écart type (nombre de notes)</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paires</translation>
    </message>
    <message>
        <source>; gap %1 points: %2</source>
        <translation>&#xa0;; écart de %1 points&#xa0;: %2</translation>
    </message>
    <message>
        <source>Panelist</source>
        <translation>Membre du jury</translation>
    </message>
    <message>
        <source>Mean offset</source>
        <translation>Écart moyen</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Dispersion</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>Comparaisons</translation>
    </message>
    <message>
        <source>Leniency</source>
        <translation>Indulgence</translation>
    </message>
    <message>
        <source>Flat/eligible cards</source>
        <translation>Grilles uniformes/éligibles</translation>
    </message>
    <message>
        <source>Halo</source>
        <translation>Effet de halo</translation>
    </message>
    <message>
        <source>in line</source>
        <translation>dans la norme</translation>
    </message>
    <message>
        <source>lenient</source>
        <translation>indulgent</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>sévère</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Panel calibration (offsets in points of the total)</source>
        <translation>Calibrage du jury (écarts en points du total)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>ICC(1,1)</source>
        <translation>ICC(1,1)</translation>
    </message>
    <message>
        <source>ICC(2,1)</source>
        <translation>ICC(2,1)</translation>
    </message>
    <message>
        <source>ICC(3,1)</source>
        <translation>ICC(3,1)</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <source>Alpha (ordinal)</source>
        <translation>Alpha (ordinal)</translation>
    </message>
    <message>
        <source>Pairable values</source>
        <translation>Valeurs appariables</translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
    <message>
        <source>Agreement per criterion (block: finalists × panelists with complete scores)</source>
        <translation>Accord par critère (bloc&#xa0;: finalistes × membres du jury ayant des notes complètes)</translation>
    </message>
</context>
<context>
    <name>ControlCharacters</name>
    <message>
        <source>%1 (NUL)</source>
        <translation>%1 (NUL)</translation>
    </message>
</context>
<context>
    <name>CreateOpeningCommand</name>
    <message>
        <source>Create opening “%1”</source>
        <translation>Créer le poste «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Creating “%1” cannot be undone. %2</source>
        <translation>La création de «&#xa0;%1&#xa0;» ne peut pas être annulée. %2</translation>
    </message>
    <message>
        <source>Creating “%1” again failed. %2</source>
        <translation>Impossible de recréer «&#xa0;%1&#xa0;». %2</translation>
    </message>
</context>
<context>
    <name>CriterionBarChart</name>
    <message>
        <source>Panel mean per criterion (% of scale)</source>
        <translation>Moyenne du jury par critère (% de l&apos;échelle)</translation>
    </message>
</context>
<context>
    <name>CsvHeaderNames</name>
    <message>
        <source>No header names are compiled in.</source>
        <translation>Aucun nom d&apos;en-tête n&apos;est intégré au programme.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: not a header name file</source>
        <translation>%1&#xa0;: ce n&apos;est pas un fichier de noms d&apos;en-têtes</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot;</source>
        <translation>%1&#xa0;: champ inconnu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is empty or names two fields</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est vide ou désigne deux champs</translation>
    </message>
</context>
<context>
    <name>CsvImportUndoCommand</name>
    <message numerus="yes">
        <source>Import %n candidate(s) from %1</source>
        <translation>
            <numerusform>Importer %n candidat depuis %1</numerusform>
            <numerusform>Importer %n candidats depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>%1 could not be carried out: %2</source>
        <translation>L&apos;action «&#xa0;%1&#xa0;» n&apos;a pas pu être effectuée&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CsvIssueText</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>Ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>Line %1, column “%2”</source>
        <translation>Ligne %1, colonne «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Line %1, character %2</source>
        <translation>Ligne %1, caractère %2</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more problem(s) (errors: %1, warnings: %2)</source>
        <translation>
            <numerusform>…et %Ln autre problème (erreurs&#xa0;: %1, avertissements&#xa0;: %2)</numerusform>
            <numerusform>…et %Ln autres problèmes (erreurs&#xa0;: %1, avertissements&#xa0;: %2)</numerusform>
        </translation>
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
    <message>
        <source>this byte is not valid UTF-8; choose the file&apos;s encoding (often Windows-1252 for files saved by Excel)</source>
        <translation>cet octet n&apos;est pas de l&apos;UTF-8 valide&#xa0;; choisissez l&apos;encodage du fichier (souvent Windows-1252 pour les fichiers enregistrés par Excel)</translation>
    </message>
    <message>
        <source>“%1” cannot separate the fields: give one character (not a quote, letter or digit), or tab, comma, semicolon, pipe or space</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas séparer les champs&#xa0;: indiquez un caractère (ni guillemet, ni lettre, ni chiffre), ou l&apos;un des mots tab, comma, semicolon, pipe ou space</translation>
    </message>
    <message>
        <source>every other byte of the file is zero: it is %1 text (what &quot;Unicode text&quot; saves), not %2; choose %1 as the encoding, or save the file as &quot;CSV UTF-8&quot;</source>
        <translation>un octet sur deux du fichier est nul&#xa0;: c&apos;est du texte %1 (ce qu&apos;enregistre le format «&#xa0;Texte Unicode&#xa0;»), et non du %2&#xa0;; choisissez l&apos;encodage %1, ou enregistrez le fichier au format «&#xa0;CSV UTF-8&#xa0;»</translation>
    </message>
    <message>
        <source>this row holds nothing but delimiters or spaces and was skipped</source>
        <translation>cette ligne ne contient que des séparateurs ou des espaces et a été ignorée</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows hold nothing but delimiters or spaces and were skipped, the first on this line</source>
        <translation>
            <numerusform>%Ln ligne ne contenant que des séparateurs ou des espaces a été ignorée, à cette ligne</numerusform>
            <numerusform>%Ln lignes ne contenant que des séparateurs ou des espaces ont été ignorées, la première à cette ligne</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
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
    <message>
        <source>%1 is empty: it is not a Debrief database (yet). Nothing was changed; give the path of a database Debrief wrote.</source>
        <translation>%1 est vide&#xa0;: ce n&apos;est pas (encore) une base de données Debrief. Rien n&apos;a été modifié&#xa0;; indiquez le chemin d&apos;une base de données écrite par Debrief.</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>le fichier est endommagé (%1)</translation>
    </message>
    <message>
        <source>it is damaged (SQLite&apos;s integrity check fails)</source>
        <translation>le fichier est endommagé (le contrôle d&apos;intégrité de SQLite échoue)</translation>
    </message>
    <message>
        <source>%1 uses schema %2, from an earlier Debrief; this version reads schema %3. Reading never upgrades a file: open it once in Debrief, or run a command that writes to it, to upgrade it. The file was not changed.</source>
        <translation>%1 utilise le schéma %2, d&apos;une version antérieure de Debrief&#xa0;; cette version lit le schéma %3. Une lecture ne met jamais un fichier à jour&#xa0;: pour le mettre à jour, ouvrez-le une fois dans Debrief ou exécutez une commande qui y écrit. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file. Give the path of a Debrief database file, such as %2.</source>
        <translation>%1 est un dossier, et non un fichier de base de données. Indiquez le chemin d&apos;un fichier de base de données Debrief, comme %2.</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it cannot be a database.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire&#xa0;: ce ne peut donc pas être une base de données.</translation>
    </message>
    <message>
        <source>%1 is write-protected: Debrief can read it but not change it. Commands that only read (export-json, compare, report) still work on it.</source>
        <translation>%1 est protégé en écriture&#xa0;: Debrief peut le lire, mais pas le modifier. Les commandes qui ne font que lire (export-json, compare, report) fonctionnent toujours avec ce fichier.</translation>
    </message>
    <message>
        <source>%1 is in a folder you cannot write to, and SQLite keeps its journal next to the database while it writes. Commands that only read (export-json, compare, report) still work on it.</source>
        <translation>%1 se trouve dans un dossier où vous ne pouvez pas écrire, or SQLite conserve son journal à côté de la base de données pendant qu&apos;il écrit. Les commandes qui ne font que lire (export-json, compare, report) fonctionnent toujours avec ce fichier.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was opened for reading only; nothing was changed.</source>
        <translation>%1 a été ouvert en lecture seule&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is busy: another Debrief or another program is writing to it and did not finish within %n second(s). Nothing was changed; try again when it is done.</source>
        <translation>
            <numerusform>%1 est occupé&#xa0;: une autre instance de Debrief ou un autre programme y écrit et n&apos;a pas terminé en %n seconde. Rien n&apos;a été modifié&#xa0;; réessayez quand l&apos;écriture sera terminée.</numerusform>
            <numerusform>%1 est occupé&#xa0;: une autre instance de Debrief ou un autre programme y écrit et n&apos;a pas terminé en %n secondes. Rien n&apos;a été modifié&#xa0;; réessayez quand l&apos;écriture sera terminée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not tell whether %1 has changed.</source>
        <translation>Impossible de savoir si %1 a changé.</translation>
    </message>
    <message>
        <source>Could not tell the next free id of %1.</source>
        <translation>Impossible de déterminer le prochain identifiant libre de %1.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed.</source>
        <translation>Le pilote PostgreSQL de Qt n’est pas installé.</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name for the copy.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre nom pour la copie.</translation>
    </message>
    <message>
        <source>Cannot copy the database to %1: %2</source>
        <translation>Impossible de copier la base de données vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is open in Debrief or another program. Close it there and try again; nothing was changed.</source>
        <translation>%1 est ouvert dans Debrief ou dans un autre programme. Fermez-le dans ce programme, puis réessayez&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of %1 in %2; nothing was changed.</source>
        <translation>Impossible de conserver une copie de %1 dans %2&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 is the database itself or one of its own files; choose another name for the copy.</source>
        <translation>%1 est la base de données elle-même ou l&apos;un de ses propres fichiers&#xa0;; choisissez un autre nom pour la copie.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot keep a copy of %1 before upgrading it to schema %2, so it was not upgraded and not changed: %3</source>
        <translation>Impossible de conserver une copie de %1 avant de le mettre à jour vers le schéma %2&#xa0;; le fichier n&apos;a donc été ni mis à jour ni modifié&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot restore from %1; nothing was changed. %2</source>
        <translation>Impossible de restaurer depuis %1&#xa0;; rien n&apos;a été modifié. %2</translation>
    </message>
    <message>
        <source>%1 holds no Debrief data; nothing was changed.</source>
        <translation>%1 ne contient aucune donnée Debrief&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Debrief (schema %2; this version knows up to %3). Update Debrief to restore it; nothing was changed.</source>
        <translation>%1 a été écrit par une version plus récente de Debrief (schéma %2&#xa0;; cette version connaît les schémas jusqu&apos;à %3). Mettez Debrief à jour pour le restaurer&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 is the database itself, not a backup of it; nothing was changed.</source>
        <translation>%1 est la base de données elle-même, et non une sauvegarde de celle-ci&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 is a database on a server: Debrief backs up and restores database files only. The server&apos;s administrator backs up its databases (for example with pg_dump).</source>
        <translation>%1 est une base de données sur un serveur&#xa0;: Debrief ne sauvegarde et ne restaure que des fichiers de base de données. Les bases du serveur sont sauvegardées par la personne qui l’administre (par exemple avec pg_dump).</translation>
    </message>
</context>
<context>
    <name>DatabaseTransfer</name>
    <message>
        <source>The copy was cancelled; nothing was copied.</source>
        <translation>La copie a été annulée&#xa0;; rien n&apos;a été copié.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Debrief (schema %2; this version knows up to %3); nothing was copied. Update Debrief first.</source>
        <translation>%1 a été écrit par une version plus récente de Debrief (schéma %2&#xa0;; cette version connaît les schémas jusqu&apos;à %3)&#xa0;; rien n&apos;a été copié. Mettez d&apos;abord Debrief à jour.</translation>
    </message>
    <message>
        <source>%1 uses schema %2 from an earlier Debrief; open it once in this Debrief to upgrade it. Nothing was copied.</source>
        <translation>%1 utilise le schéma %2 d&apos;une version antérieure de Debrief&#xa0;; ouvrez-le une fois dans cette version de Debrief pour le mettre à jour. Rien n&apos;a été copié.</translation>
    </message>
    <message>
        <source>%1 was opened for reading only; nothing was copied.</source>
        <translation>%1 a été ouvert en lecture seule&#xa0;; rien n&apos;a été copié.</translation>
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
        <source>%n panelist(s)</source>
        <translation>
            <numerusform>%n membre du jury</numerusform>
            <numerusform>%n membres du jury</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other row(s)</source>
        <translation>
            <numerusform>%n autre ligne</numerusform>
            <numerusform>%n autres lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already holds Debrief data (%2); nothing was copied. Copy into a new, empty database.</source>
        <translation>%1 contient déjà des données Debrief (%2)&#xa0;; rien n&apos;a été copié. Copiez-les dans une nouvelle base de données vide.</translation>
    </message>
    <message>
        <source>Opening #%1 reads back from %2 differently than from %3 (its &quot;debrief-opening&quot; export differs), so nothing was copied. Please report this as a bug.</source>
        <translation>Le poste n° %1 ne se relit pas de la même façon depuis %2 et depuis %3 (son export «&#xa0;debrief-opening&#xa0;» diffère)&#xa0;; rien n&apos;a donc été copié. Veuillez signaler ce bug.</translation>
    </message>
    <message>
        <source>%1 holds tables this version of Debrief cannot copy (%2); nothing was copied.</source>
        <translation>%1 contient des tables que cette version de Debrief ne sait pas copier (%2)&#xa0;; rien n&apos;a été copié.</translation>
    </message>
    <message>
        <source>%1 is a server address, not a database file.</source>
        <translation>%1 est une adresse de serveur, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>%1 is not a server address (postgresql://user@host:port/database).</source>
        <translation>%1 n&apos;est pas l&apos;adresse d&apos;une base de données sur un serveur (postgresql://utilisateur@hôte:port/base).</translation>
    </message>
    <message>
        <source>%1 already exists and is not empty; nothing was copied. Give the name of a new file.</source>
        <translation>%1 existe déjà et n&apos;est pas vide&#xa0;; rien n&apos;a été copié. Indiquez le nom d&apos;un nouveau fichier.</translation>
    </message>
</context>
<context>
    <name>DecisionComparison</name>
    <message>
        <source>Runner-up %1</source>
        <translation>Deuxième choix %1</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>non mentionné</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>criterion %1</source>
        <translation>critère %1</translation>
    </message>
    <message>
        <source>Deciding criteria</source>
        <translation>Critères décisifs</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Deciding factor may be shared</source>
        <translation>Le facteur décisif peut être communiqué</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>aucune personne désignée</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
</context>
<context>
    <name>DecisionMenu</name>
    <message>
        <source>Record Decision</source>
        <translation>Consigner la décision</translation>
    </message>
    <message>
        <source>The panel lead records who gets the offer, the ranked runners-up and why; shows the decision once recorded.</source>
        <translation>Le responsable du jury consigne qui reçoit l&apos;offre, le classement des deuxièmes choix et la justification&#xa0;; affiche la décision une fois consignée.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>Dé&amp;cision</translation>
    </message>
    <message>
        <source>&amp;Record Decision…</source>
        <translation>&amp;Consigner la décision…</translation>
    </message>
    <message>
        <source>&amp;Amend Decision…</source>
        <translation>&amp;Modifier la décision…</translation>
    </message>
    <message>
        <source>The panel lead changes the recorded decision, with a reason.</source>
        <translation>Le responsable du jury modifie la décision consignée, en indiquant une raison.</translation>
    </message>
    <message>
        <source>Offer A&amp;ccepted…</source>
        <translation>&amp;Offre acceptée…</translation>
    </message>
    <message>
        <source>Offer D&amp;eclined / Hire Fell Through…</source>
        <translation>Offre &amp;déclinée / embauche non aboutie…</translation>
    </message>
    <message>
        <source>The chosen candidate declined or did not start: the first runner-up on hold becomes the chosen candidate.</source>
        <translation>Le candidat retenu a décliné l&apos;offre ou n&apos;a pas pris son poste&#xa0;: le premier deuxième choix en réserve devient le candidat retenu.</translation>
    </message>
</context>
<context>
    <name>DecisionPlan</name>
    <message>
        <source>Runner-up %1: on hold until the chosen candidate accepts the offer.</source>
        <translation>Deuxième choix %1&#xa0;: en réserve jusqu&apos;à ce que le candidat retenu accepte l&apos;offre.</translation>
    </message>
    <message>
        <source>%1: chosen, %2 → %3</source>
        <translation>%1&#xa0;: retenu, %2 → %3</translation>
    </message>
    <message>
        <source>%1: runner-up %2, on hold (stays in %3)</source>
        <translation>%1&#xa0;: deuxième choix n° %2, en réserve (reste à l&apos;étape %3)</translation>
    </message>
    <message>
        <source>%1: runner-up %2, on hold, %3 → %4</source>
        <translation>%1&#xa0;: deuxième choix n° %2, en réserve, %3 → %4</translation>
    </message>
    <message>
        <source>%1: finalist not selected, %2 → %3</source>
        <translation>%1&#xa0;: finaliste non retenu, %2 → %3</translation>
    </message>
    <message>
        <source>%1: still in process, %2 → %3</source>
        <translation>%1&#xa0;: encore en lice, %2 → %3</translation>
    </message>
</context>
<context>
    <name>DecisionRepository</name>
    <message>
        <source>There is no decision record with id %1.</source>
        <translation>Il n&apos;existe aucune décision avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translation>la décision %1</translation>
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
    <name>DecisionWorkflow</name>
    <message>
        <source>Runners-up: rank them 1 to %1 without gaps or repeats (given: %2).</source>
        <translation>Deuxièmes choix&#xa0;: classez-les de 1 à %1 sans trou ni doublon (saisi&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Chosen: pick at least one candidate to make an offer to.</source>
        <translation>Retenus&#xa0;: choisissez au moins un candidat à qui faire une offre.</translation>
    </message>
    <message>
        <source>Runners-up: a candidate can be chosen or a runner-up, once.</source>
        <translation>Deuxièmes choix&#xa0;: un candidat peut être retenu ou deuxième choix, une seule fois.</translation>
    </message>
    <message>
        <source>Deciding criteria: pick at least one criterion of the rubric.</source>
        <translation>Critères décisifs&#xa0;: choisissez au moins un critère de la grille de critères.</translation>
    </message>
    <message>
        <source>Rationale: say why the panel decided as it did.</source>
        <translation>Justification&#xa0;: indiquez pourquoi le jury a pris cette décision.</translation>
    </message>
    <message>
        <source>Decided by: name the panel lead who records the decision.</source>
        <translation>Décidé par&#xa0;: indiquez le responsable du jury qui consigne la décision.</translation>
    </message>
    <message>
        <source>Decided at: give the date and time of the decision.</source>
        <translation>Date de la décision&#xa0;: indiquez la date et l&apos;heure de la décision.</translation>
    </message>
    <message>
        <source>Opening: “%1” already has a decision record.</source>
        <translation>Poste&#xa0;: «&#xa0;%1&#xa0;» a déjà une décision consignée.</translation>
    </message>
    <message>
        <source>Chosen and runners-up: application %1 is not an open application of this opening.</source>
        <translation>Retenus et deuxièmes choix&#xa0;: la candidature %1 n&apos;est pas une candidature ouverte de ce poste.</translation>
    </message>
    <message>
        <source>Deciding criteria: criterion %1 is not in the opening&apos;s current rubric.</source>
        <translation>Critères décisifs&#xa0;: le critère %1 ne figure pas dans la grille de critères actuelle du poste.</translation>
    </message>
    <message>
        <source>Decided by: only a panel lead of this opening can record the decision.</source>
        <translation>Décidé par&#xa0;: seul un responsable du jury de ce poste peut consigner la décision.</translation>
    </message>
    <message>
        <source>Application %1 was not chosen in its opening&apos;s decision.</source>
        <translation>La candidature %1 n&apos;a pas été retenue dans la décision de son poste.</translation>
    </message>
    <message>
        <source>Application %1 is not at the offer stage.</source>
        <translation>La candidature %1 n&apos;est pas à l&apos;étape Offre.</translation>
    </message>
    <message>
        <source>Opening: “%1” has no decision to amend.</source>
        <translation>Poste&#xa0;: «&#xa0;%1&#xa0;» n&apos;a aucune décision à modifier.</translation>
    </message>
    <message>
        <source>Not selected: application %1 is not an application of this opening.</source>
        <translation>Non retenus&#xa0;: la candidature %1 n&apos;est pas une candidature de ce poste.</translation>
    </message>
    <message>
        <source>Opening %1 has no decision record.</source>
        <translation>Le poste %1 n&apos;a aucune décision consignée.</translation>
    </message>
    <message>
        <source>Reason: say why the decision changes.</source>
        <translation>Raison&#xa0;: indiquez pourquoi la décision change.</translation>
    </message>
    <message>
        <source>Reason: say why the offer was declined or the hire fell through.</source>
        <translation>Raison&#xa0;: indiquez pourquoi l&apos;offre a été déclinée ou pourquoi l&apos;embauche n&apos;a pas abouti.</translation>
    </message>
    <message>
        <source>Declined by: only a panel lead of this opening can record that an offer was declined.</source>
        <translation>Déclinée par&#xa0;: seul un responsable du jury de ce poste peut consigner qu&apos;une offre a été déclinée.</translation>
    </message>
    <message>
        <source>Application %1 is not a chosen candidate with an offer or a hire to fall through.</source>
        <translation>La candidature %1 n&apos;est pas celle d&apos;un candidat retenu ayant une offre en cours ou une embauche qui pourrait ne pas aboutir.</translation>
    </message>
    <message>
        <source>No runner-up is on hold for this opening: amend the decision to choose someone else.</source>
        <translation>Aucun deuxième choix n&apos;est en réserve pour ce poste&#xa0;: modifiez la décision pour choisir quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>The decision changed since; undo the later change first.</source>
        <translation>La décision a changé depuis&#xa0;; annulez d&apos;abord la modification plus récente.</translation>
    </message>
    <message>
        <source>Application %1 changed since; undo that change first.</source>
        <translation>La candidature %1 a changé depuis&#xa0;; annulez d&apos;abord cette modification.</translation>
    </message>
    <message>
        <source>A message went out to application %1 after this step, so it can no longer be undone.</source>
        <translation>Un message a été envoyé à la candidature %1 après cette étape&#xa0;; elle ne peut donc plus être annulée.</translation>
    </message>
    <message>
        <source>%1&apos;s application was changed elsewhere while this step was being saved, so nothing was saved. Open the decision again to see what it does now.</source>
        <translation>La candidature de %1 a été modifiée ailleurs pendant l&apos;enregistrement de cette étape&#xa0;; rien n&apos;a donc été enregistré. Rouvrez la décision pour voir ses effets actuels.</translation>
    </message>
</context>
<context>
    <name>DefaultTemplates</name>
    <message>
        <source>Cannot read the template %1: %2</source>
        <translation>Impossible de lire le modèle %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, line 1: a template starts with “Subject: …”.</source>
        <translation>%1, ligne 1&#xa0;: un modèle commence par «&#xa0;Subject: …&#xa0;».</translation>
    </message>
    <message>
        <source>%1, line 2: leave the line after the subject empty.</source>
        <translation>%1, ligne 2&#xa0;: laissez vide la ligne qui suit l&apos;objet.</translation>
    </message>
    <message>
        <source>%1, line 1: the subject is empty.</source>
        <translation>%1, ligne 1&#xa0;: l&apos;objet est vide.</translation>
    </message>
    <message>
        <source>Subject: the subject is empty.</source>
        <translation>Objet&#xa0;: l&apos;objet est vide.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
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
        <source>%1 already exists; pass --force to replace it.</source>
        <translation>%1 existe déjà&#xa0;; ajoutez --force pour le remplacer.</translation>
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
    <message>
        <source>Put the extra candidates into one opening, the one ready for its debrief (benchmarks).</source>
        <translation>Placer les candidats supplémentaires dans un seul poste, celui prêt pour son débriefing (mesures de performance).</translation>
    </message>
    <message>
        <source>Reject this percentage of the extra candidates (default: each opening&apos;s own mix).</source>
        <translation>Refuser ce pourcentage des candidats supplémentaires (par défaut&#xa0;: la répartition propre à chaque poste).</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>POURCENTAGE</translation>
    </message>
    <message>
        <source>--rejected must be a whole number from 0 to 100, not &apos;%1&apos;.</source>
        <translation>--rejected doit être un nombre entier de 0 à 100, et non «&#xa0;%1&#xa0;».</translation>
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
    <message>
        <source>The share of rejected candidates cannot be over 100 %.</source>
        <translation>La part de candidats refusés ne peut pas dépasser 100&#xa0;%.</translation>
    </message>
</context>
<context>
    <name>DemoDatabaseFile</name>
    <message>
        <source>Cannot remove the leftover file %1.</source>
        <translation>Impossible de supprimer le fichier résiduel %1.</translation>
    </message>
    <message>
        <source>Cannot replace %1; the new data is in %2.</source>
        <translation>Impossible de remplacer %1&#xa0;; les nouvelles données se trouvent dans %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds a panel&apos;s own data (%n person(s) with a real e-mail address or none), not a demo: the demo does not replace it, not even with --force. Choose another file, or move this one away first.</source>
        <translation>
            <numerusform>%1 contient les données réelles d&apos;un jury (%n personne avec une adresse e-mail réelle ou sans adresse), et non une démo&#xa0;: la démo ne le remplace pas, même avec --force. Choisissez un autre fichier, ou déplacez d&apos;abord celui-ci.</numerusform>
            <numerusform>%1 contient les données réelles d&apos;un jury (%n personnes avec une adresse e-mail réelle ou sans adresse), et non une démo&#xa0;: la démo ne le remplace pas, même avec --force. Choisissez un autre fichier, ou déplacez d&apos;abord celui-ci.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoOffer</name>
    <message>
        <source>Try the Demo</source>
        <translation>Essayer la démo</translation>
    </message>
    <message>
        <source>The demo database from an earlier try is still in %1. Open it as it is, or start the demo afresh (your changes to it are then lost)?</source>
        <translation>La base de données de démonstration d&apos;un essai précédent se trouve toujours dans %1. L&apos;ouvrir telle quelle, ou recommencer la démo à zéro (vos modifications y seront alors perdues)&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Open It</source>
        <translation>&amp;Ouvrir telle quelle</translation>
    </message>
    <message>
        <source>Start &amp;Afresh</source>
        <translation>&amp;Recommencer à zéro</translation>
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
    <name>DraftBatchExport</name>
    <message>
        <source>Application %1: %2</source>
        <translation>Candidature %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 est un fichier, et non un dossier.</translation>
    </message>
    <message>
        <source>Note: others can list the folder %1 and read the candidates&apos; names in the file names; the files themselves are readable by you only. A folder of their own keeps the names private too.</source>
        <translation>À noter&#xa0;: d&apos;autres personnes peuvent lister le contenu du dossier %1 et lire les noms des candidats dans les noms de fichiers&#xa0;; les fichiers eux-mêmes ne sont lisibles que par vous. Dans un dossier réservé à ces fichiers, les noms restent privés eux aussi.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n more draft(s) not written.</source>
        <translation>
            <numerusform>Interrompu&#xa0;: %n autre brouillon n&apos;a pas été écrit.</numerusform>
            <numerusform>Interrompu&#xa0;: %n autres brouillons n&apos;ont pas été écrits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftComparison</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sent on %1 by %2</source>
        <translation>Envoyé le %1 (%2)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>DraftComposer</name>
    <message>
        <source>template %1/%2, version %3</source>
        <translation>modèle %1/%2, version %3</translation>
    </message>
</context>
<context>
    <name>DraftConflict</name>
    <message>
        <source>Draft Changed Elsewhere</source>
        <translation>Brouillon modifié ailleurs</translation>
    </message>
    <message>
        <source>This message was saved elsewhere (in another window or on another computer) at %1, after you opened it. Nothing was overwritten and nothing was sent. Compare the two versions and choose which to keep.</source>
        <translation>Ce message a été enregistré ailleurs (dans une autre fenêtre ou sur un autre ordinateur) le %1, après que vous l&apos;avez ouvert. Rien n&apos;a été écrasé et rien n&apos;a été envoyé. Comparez les deux versions et choisissez celle à conserver.</translation>
    </message>
    <message>
        <source>The saved version has been sent; a sent message no longer changes. Take it to see what went out.</source>
        <translation>La version enregistrée a été envoyée&#xa0;; un message envoyé ne change plus. Prenez-la pour voir ce qui est parti.</translation>
    </message>
</context>
<context>
    <name>DraftLanguage</name>
    <message>
        <source>There are no rejection templates in the language “%1” (available: %2).</source>
        <translation>Il n&apos;existe aucun modèle de refus dans la langue «&#xa0;%1&#xa0;» (disponibles&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, line %2: expected “key = value” with one of the known keys, not “%3”.</source>
        <translation>%1, ligne %2&#xa0;: «&#xa0;clé = valeur&#xa0;» attendu avec l&apos;une des clés connues, et non «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>%1: the key “%2” is missing or empty.</source>
        <translation>%1&#xa0;: la clé «&#xa0;%2&#xa0;» est absente ou vide.</translation>
    </message>
</context>
<context>
    <name>DraftOutput</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DraftStatus</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
</context>
<context>
    <name>DraftWorkflow</name>
    <message>
        <source>Sent the rejection “%1”.</source>
        <translation>Refus «&#xa0;%1&#xa0;» envoyé.</translation>
    </message>
    <message>
        <source>A new draft cannot be stored as already sent; save it, then mark it as sent.</source>
        <translation>Un nouveau brouillon ne peut pas être enregistré comme déjà envoyé&#xa0;; enregistrez-le, puis marquez-le comme envoyé.</translation>
    </message>
    <message>
        <source>Draft %1 was already sent on %2; a sent message cannot change.</source>
        <translation>Le brouillon %1 a déjà été envoyé le %2&#xa0;; un message envoyé ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>Draft %1 was already sent on %2.</source>
        <translation>Le brouillon %1 a déjà été envoyé le %2.</translation>
    </message>
    <message>
        <source>Draft %1 is held: application %2 is on hold (%3). Send it only once the hold is released, or confirm that it should go out anyway.</source>
        <translation>Le brouillon %1 est en suspens&#xa0;: la candidature %2 est en réserve (%3). Ne l&apos;envoyez que lorsqu&apos;elle ne sera plus en réserve, ou confirmez qu&apos;il doit partir malgré tout.</translation>
    </message>
    <message>
        <source>Sent the offer “%1”.</source>
        <translation>Offre «&#xa0;%1&#xa0;» envoyée.</translation>
    </message>
</context>
<context>
    <name>DraftsCommand</name>
    <message>
        <source> (held)</source>
        <translation> (en suspens)</translation>
    </message>
    <message>
        <source>Write a rejection e-mail (.eml) for every candidate of an opening not chosen</source>
        <translation>Écrire un e-mail de refus (.eml) pour chaque candidat non retenu d&apos;un poste</translation>
    </message>
    <message>
        <source>Folder to write the .eml files to.</source>
        <translation>Dossier dans lequel écrire les fichiers .eml.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>Language of the messages (default en; available: %1).</source>
        <translation>Langue des messages (par défaut&#xa0;: en&#xa0;; disponibles&#xa0;: %1).</translation>
    </message>
    <message>
        <source>xx</source>
        <translation>xx</translation>
    </message>
    <message>
        <source>Also write the drafts of runners-up on hold while the chosen candidate&apos;s offer is pending (they stay held; do not send them before the offer is accepted).</source>
        <translation>Écrire aussi les brouillons des deuxièmes choix en réserve tant que l&apos;offre faite au candidat retenu est en cours (ils restent en suspens&#xa0;; ne les envoyez pas avant que l&apos;offre soit acceptée).</translation>
    </message>
    <message>
        <source>--opening takes a number or a uuid.</source>
        <translation>--opening attend un nombre ou un UUID.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n draft(s) to %1.</source>
        <translation>
            <numerusform>%n brouillon écrit dans %1.</numerusform>
            <numerusform>%n brouillons écrits dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n held runner-up draft(s): the chosen candidate has not accepted yet (--include-held writes them anyway).</source>
        <translation>
            <numerusform>%n brouillon en suspens de deuxième choix ignoré&#xa0;: le candidat retenu n&apos;a pas encore accepté (--include-held l&apos;écrit quand même).</numerusform>
            <numerusform>%n brouillons en suspens de deuxièmes choix ignorés&#xa0;: le candidat retenu n&apos;a pas encore accepté (--include-held les écrit quand même).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n candidate(s) whose rejection was already sent.</source>
        <translation>
            <numerusform>%n candidat ignoré, dont le refus a déjà été envoyé.</numerusform>
            <numerusform>%n candidats ignorés, dont le refus a déjà été envoyé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: debrief-cli drafts --db FILE --opening ID --out DIR [--lang xx] [--include-held] [--allow-findings]</source>
        <translation>Utilisation&#xa0;: debrief-cli drafts --db FICHIER --opening ID --out DOSSIER [--lang xx] [--include-held] [--allow-findings]</translation>
    </message>
    <message>
        <source>Also write drafts the tone check has open findings on (each is noted in the communication log); without it they are left out and listed.</source>
        <translation>Écrire aussi les brouillons sur lesquels la vérification du ton a des remarques non résolues (chacun est noté dans le journal des échanges)&#xa0;; sans cette option, ils sont écartés et listés.</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n draft(s) with open tone findings (review them in the window, or --allow-findings writes them anyway):</source>
        <translation>
            <numerusform>%n brouillon écarté car il a des remarques sur le ton non résolues (vérifiez-le dans la fenêtre, ou --allow-findings l&apos;écrit quand même)&#xa0;:</numerusform>
            <numerusform>%n brouillons écartés car ils ont des remarques sur le ton non résolues (vérifiez-les dans la fenêtre, ou --allow-findings les écrit quand même)&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftsMenu</name>
    <message>
        <source>Rejection Drafts</source>
        <translation>Brouillons de refus</translation>
    </message>
    <message>
        <source>The database has no decided opening with a runner-up.</source>
        <translation>La base de données ne contient aucun poste décidé ayant un deuxième choix.</translation>
    </message>
    <message>
        <source>Everyone not chosen for the opening, with their rejection drafts: held, ready or sent.</source>
        <translation>Toutes les personnes non retenues pour le poste, avec leurs brouillons de refus&#xa0;: en suspens, prêts ou envoyés.</translation>
    </message>
    <message>
        <source>To be honest, we felt you were not quite the right culture fit for the team.</source>
        <translation>Pour être franc, nous avons estimé que vous ne correspondiez pas vraiment à la culture de l&apos;équipe.</translation>
    </message>
    <message>
        <source>R&amp;ejection Drafts…</source>
        <translation>&amp;Brouillons de refus…</translation>
    </message>
    <message>
        <source>The database has no decided opening.</source>
        <translation>La base de données ne contient aucun poste décidé.</translation>
    </message>
</context>
<context>
    <name>EditingUser</name>
    <message>
        <source>unknown user</source>
        <translation>utilisateur inconnu</translation>
    </message>
</context>
<context>
    <name>EmlWriter</name>
    <message>
        <source>To: the candidate has no e-mail address.</source>
        <translation>À&#xa0;: le candidat n&apos;a pas d&apos;adresse e-mail.</translation>
    </message>
    <message>
        <source>From: enter the sender&apos;s e-mail address.</source>
        <translation>De&#xa0;: saisissez l&apos;adresse e-mail de l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>To: the candidate&apos;s e-mail address is not a valid address; correct it in their details.</source>
        <translation>À&#xa0;: l&apos;adresse e-mail du candidat n&apos;est pas une adresse valide&#xa0;; corrigez-la dans ses informations.</translation>
    </message>
    <message>
        <source>From: the sender&apos;s e-mail address is not a valid address.</source>
        <translation>De&#xa0;: l&apos;adresse e-mail de l&apos;expéditeur n&apos;est pas une adresse valide.</translation>
    </message>
</context>
<context>
    <name>ExportJsonCommand</name>
    <message>
        <source>Write one opening and everything about it as JSON</source>
        <translation>Écrire un poste et tout ce qui s&apos;y rapporte au format JSON</translation>
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
        <source>Write a panelist&apos;s submitted scorecards for an opening to a file</source>
        <translation>Écrire dans un fichier les grilles d&apos;évaluation soumises par un membre du jury pour un poste</translation>
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
    <name>FileScrub</name>
    <message>
        <source>Another program still has %1 open, so some of the removed text stays in its write-ahead log (%1-wal) until that program closes the file.</source>
        <translation>Un autre programme a encore %1 ouvert&#xa0;: une partie du texte supprimé reste donc dans son journal d&apos;écriture anticipée (%1-wal) jusqu&apos;à ce que ce programme ferme le fichier.</translation>
    </message>
</context>
<context>
    <name>FinalistSet</name>
    <message>
        <source>Finalists: the candidates the recorded decision names, the chosen first, then the runners-up by rank, then the others.</source>
        <translation>Finalistes&#xa0;: les candidats que nomme la décision consignée, les retenus d&apos;abord, puis les deuxièmes choix par rang, puis les autres.</translation>
    </message>
    <message>
        <source>Finalists: the applications asked for, in the order given.</source>
        <translation>Finalistes&#xa0;: les candidatures demandées, dans l&apos;ordre indiqué.</translation>
    </message>
    <message>
        <source>Finalists: everyone at the interview stage or later with a submitted scorecard, oldest application first.</source>
        <translation>Finalistes&#xa0;: toutes les personnes à l&apos;étape Entretien ou au-delà ayant une grille d&apos;évaluation soumise, la candidature la plus ancienne d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>ImportCandidatesCommand</name>
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
        <source>Read the file in this encoding instead of detecting it.</source>
        <translation>Lire le fichier dans cet encodage au lieu de le détecter.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>CHAR</source>
        <translation>CAR</translation>
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
    <message>
        <source>--map %1: expected FIELD=COLUMNS, FIELD one of %2</source>
        <translation>--map %1&#xa0;: CHAMP=COLONNES attendu, CHAMP parmi %2</translation>
    </message>
    <message>
        <source>--map %1: %2</source>
        <translation>--map %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Choose the columns with --map FIELD=COLUMNS, e.g. --map name=1+2 --map email=3 (see --help).</source>
        <translation>Choisissez les colonnes avec --map CHAMP=COLONNES, p. ex. --map name=1+2 --map email=3 (voir --help).</translation>
    </message>
    <message>
        <source>Say how the dates are written with --date-order day-first or month-first.</source>
        <translation>Indiquez avec --date-order day-first ou month-first comment les dates sont écrites.</translation>
    </message>
    <message>
        <source>The columns are found by their headers in English, German or French; a name
in two columns (First Name + Last Name, Vorname + Nachname, Prénom + Nom) is
joined. Dates: 2026-01-05, 2026-01-05T10:30:00Z, 05.01.2026, 05/01/2026 or
01/05/2026 (the file&apos;s dates decide which comes first), 5 Jan 2026,
Jan 5, 2026, 5. Januar 2026, 5 janvier 2026. A row whose e-mail already
applied to the opening, or repeats an earlier row&apos;s, is skipped; someone
known from another opening is added to this one. Nothing is written
unless the whole file is clean.

Examples:
  --map name=2+3            name from columns 2 and 3, joined with a space
  --map &quot;name=First Name+Last Name&quot; --map email=E-Mail
  --map phone=0             do not import the phone numbers</source>
        <translation>Les colonnes sont reconnues à leurs en-têtes en anglais, en allemand ou en
français&#xa0;; un nom réparti sur deux colonnes (First Name + Last Name,
Vorname + Nachname, Prénom + Nom) est joint. Dates&#xa0;: 2026-01-05,
2026-01-05T10:30:00Z, 05.01.2026, 05/01/2026 ou 01/05/2026 (les dates du
fichier décident de ce qui vient en premier), 5 Jan 2026, Jan 5, 2026,
5. Januar 2026, 5 janvier 2026. Une ligne dont l&apos;adresse e-mail a déjà une
candidature à ce poste, ou reprend celle d&apos;une ligne précédente, est
ignorée&#xa0;; une personne connue par un autre poste est ajoutée à celui-ci.
Rien n&apos;est écrit tant que le fichier contient la moindre erreur.

Exemples&#xa0;:
  --map name=2+3            nom des colonnes 2 et 3, joints par une espace
  --map &quot;name=First Name+Last Name&quot; --map email=E-Mail
  --map phone=0             ne pas importer les numéros de téléphone</translation>
    </message>
    <message>
        <source>Take FIELD from COLUMNS: a column number (from 1) or a header name, or several joined with + (name=2+3); 0 imports nothing for FIELD. Repeat for more fields. Fields: %1.</source>
        <translation>Lire CHAMP dans COLONNES&#xa0;: un numéro de colonne (à partir de 1) ou un en-tête de colonne, ou plusieurs reliés par + (name=2+3)&#xa0;; 0 n&apos;importe rien pour CHAMP. À répéter pour d&apos;autres champs. Champs&#xa0;: %1.</translation>
    </message>
    <message>
        <source>FIELD=COLUMNS</source>
        <translation>CHAMP=COLONNES</translation>
    </message>
    <message>
        <source>How numeric dates such as 03/04/2026 are written: day-first or month-first (default: decided by the file&apos;s dates).</source>
        <translation>Comment sont écrites les dates numériques comme 03/04/2026&#xa0;: day-first ou month-first (par défaut&#xa0;: déterminé par les dates du fichier).</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>ORDRE</translation>
    </message>
    <message>
        <source>--date-order %1: expected day-first or month-first</source>
        <translation>--date-order %1&#xa0;: day-first ou month-first attendu</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Colonnes&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n of them already known from another opening.</source>
        <translation>
            <numerusform>Dont %n déjà connu par un autre poste.</numerusform>
            <numerusform>Dont %n déjà connus par un autre poste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Field delimiter instead of detecting it: one character, or tab, comma, semicolon, pipe or space.</source>
        <translation>Séparer les champs par ce caractère au lieu de détecter le séparateur&#xa0;: un caractère, ou l&apos;un des mots tab, comma, semicolon, pipe ou space.</translation>
    </message>
    <message>
        <source>--delimiter: %1</source>
        <translation>--delimiter&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ImportJsonCommand</name>
    <message>
        <source>Read an opening exported with export-json into a database</source>
        <translation>Lire dans une base de données un poste exporté avec export-json</translation>
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
        <source>The file to import.</source>
        <translation>Le fichier à importer.</translation>
    </message>
    <message>
        <source>Usage: debrief-cli import-scorecards --db FILE IN.json</source>
        <translation>Utilisation&#xa0;: debrief-cli import-scorecards --db FICHIER ENTREE.json</translation>
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
    <name>InterviewComparison</name>
    <message>
        <source>Round %1</source>
        <translation>Tour %1</translation>
    </message>
    <message>
        <source>Panelist %1</source>
        <translation>Membre du jury %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>Cancelled %1: %2</source>
        <translation>Annulé le %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <comment>date and time pattern, see QDateTime</comment>
        <translation>d MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Lien de visioconférence</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Jury</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>InterviewInvitation</name>
    <message>
        <source>Interview %1 has no date and time yet, so there is nothing to put in a calendar.</source>
        <translation>L&apos;entretien %1 n&apos;a pas encore de date ni d&apos;heure&#xa0;: il n&apos;y a donc rien à mettre dans un calendrier.</translation>
    </message>
    <message>
        <source>Interview: %1 – %2 (%3)</source>
        <translation>Entretien&#xa0;: %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>This interview is cancelled. Reason: %1</source>
        <translation>Cet entretien est annulé. Raison&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Interview with %1 for %2: %3, %n minute(s).</source>
        <translation>
            <numerusform>Entretien avec %1 pour le poste %2&#xa0;: %3, %n minute.</numerusform>
            <numerusform>Entretien avec %1 pour le poste %2&#xa0;: %3, %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Lieu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Video call: %1</source>
        <translation>Visioconférence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Panel: %1</source>
        <translation>Jury&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not invited by this file (no e-mail address on record): %1</source>
        <translation>Personnes non invitées par ce fichier (aucune adresse e-mail enregistrée)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Each panelist writes their own scorecard in Debrief after the interview, before reading anyone else&apos;s.</source>
        <translation>Chaque membre du jury rédige sa propre grille d&apos;évaluation dans Debrief après l&apos;entretien, avant de lire celles des autres.</translation>
    </message>
</context>
<context>
    <name>InterviewRepository</name>
    <message>
        <source>There is no interview with id %1.</source>
        <translation>Il n&apos;existe aucun entretien avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Interview %1</source>
        <translation>l&apos;entretien %1</translation>
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
    <name>InterviewScheduler</name>
    <message>
        <source>Panelist %1</source>
        <translation>Membre du jury %1</translation>
    </message>
    <message>
        <source>The interview has been changed since; undoing the earlier step would overwrite that change.</source>
        <translation>L&apos;entretien a été modifié depuis&#xa0;; annuler l&apos;étape précédente écraserait cette modification.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Lien de visioconférence</translation>
    </message>
    <message>
        <source>Panelists</source>
        <translation>Membres du jury</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Choose when the interview starts.</source>
        <translation>Choisissez quand l&apos;entretien commence.</translation>
    </message>
    <message numerus="yes">
        <source>An interview lasts from %1 minutes to %2 hours; %n minute(s) is outside that.</source>
        <translation>
            <numerusform>Un entretien dure de %1 minutes à %2 heures&#xa0;; %n minute n&apos;entre pas dans cette plage.</numerusform>
            <numerusform>Un entretien dure de %1 minutes à %2 heures&#xa0;; %n minutes n&apos;entrent pas dans cette plage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the call&apos;s web address, starting with https://.</source>
        <translation>Saisissez l&apos;adresse web de la visioconférence, commençant par https://.</translation>
    </message>
    <message>
        <source>Choose at least one panelist.</source>
        <translation>Choisissez au moins un membre du jury.</translation>
    </message>
    <message>
        <source>A panelist is listed more than once.</source>
        <translation>Un membre du jury figure plusieurs fois dans la liste.</translation>
    </message>
    <message>
        <source>Say why the interview is cancelled; the reason is kept with it.</source>
        <translation>Indiquez pourquoi l&apos;entretien est annulé&#xa0;; la raison est conservée avec lui.</translation>
    </message>
    <message>
        <source>Choose the candidate to interview.</source>
        <translation>Choisissez le candidat à recevoir en entretien.</translation>
    </message>
    <message>
        <source>The candidate is no longer in process (%1): move them back in the pipeline before scheduling an interview.</source>
        <translation>Le candidat n&apos;est plus en lice (%1)&#xa0;: ramenez sa candidature à une étape en cours avant de planifier un entretien.</translation>
    </message>
    <message>
        <source>Choose the round of the interview.</source>
        <translation>Choisissez le tour de l&apos;entretien.</translation>
    </message>
    <message>
        <source>This round no longer exists.</source>
        <translation>Ce tour n&apos;existe plus.</translation>
    </message>
    <message>
        <source>“%1” is a round of another opening.</source>
        <translation>«&#xa0;%1&#xa0;» est un tour d&apos;un autre poste.</translation>
    </message>
    <message>
        <source>%1 is not on this opening&apos;s panel.</source>
        <translation>%1 ne fait pas partie du jury de ce poste.</translation>
    </message>
    <message>
        <source>There is no panelist with id %1.</source>
        <translation>Il n&apos;existe aucun membre du jury avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>An interview stays with its candidate; schedule a new one instead.</source>
        <translation>Un entretien reste attaché à son candidat&#xa0;; il faut plutôt en planifier un nouveau.</translation>
    </message>
    <message>
        <source>%1 has already written a scorecard for this interview and stays on it.</source>
        <translation>%1 a déjà rédigé une grille d&apos;évaluation pour cet entretien&#xa0;: impossible de l&apos;en retirer.</translation>
    </message>
    <message>
        <source>The opening has no interview rounds yet: add one to its set-up before scheduling an interview.</source>
        <translation>Le poste n&apos;a pas encore de tours d&apos;entretiens&#xa0;: ajoutez-en un dans sa configuration avant de planifier un entretien.</translation>
    </message>
    <message>
        <source>This interview was cancelled; schedule a new one instead.</source>
        <translation>Cet entretien a été annulé&#xa0;; il faut plutôt en planifier un nouveau.</translation>
    </message>
    <message>
        <source>This interview is already cancelled.</source>
        <translation>Cet entretien est déjà annulé.</translation>
    </message>
    <message numerus="yes">
        <source>%n scorecard(s) were submitted for this interview: it took place and cannot be cancelled.</source>
        <translation>
            <numerusform>%n grille d&apos;évaluation a été soumise pour cet entretien&#xa0;: il a eu lieu et ne peut pas être annulé.</numerusform>
            <numerusform>%n grilles d&apos;évaluation ont été soumises pour cet entretien&#xa0;: il a eu lieu et ne peut pas être annulé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scorecard(s) were written for this interview since it was scheduled, so it stays; cancel it instead.</source>
        <translation>
            <numerusform>%n grille d&apos;évaluation a été rédigée pour cet entretien depuis sa planification&#xa0;: il est donc conservé&#xa0;; annulez plutôt l&apos;entretien.</numerusform>
            <numerusform>%n grilles d&apos;évaluation ont été rédigées pour cet entretien depuis sa planification&#xa0;: il est donc conservé&#xa0;; annulez plutôt l&apos;entretien.</numerusform>
        </translation>
    </message>
    <message>
        <source>The interview %1 no longer exists.</source>
        <translation>L&apos;entretien %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Interview %1</source>
        <translation>l&apos;entretien %1</translation>
    </message>
</context>
<context>
    <name>IntraclassCorrelation</name>
    <message>
        <source>Not computed: no two panelists scored the same two finalists on this criterion.</source>
        <translation>Non calculé&#xa0;: aucun couple de membres du jury n&apos;a noté les deux mêmes finalistes sur ce critère.</translation>
    </message>
    <message>
        <source>Rests on %1, each scored by all of %2; listwise deletion left out %3 and %4 with scores on this criterion.</source>
        <translation>Repose sur %1, chacun noté par l&apos;ensemble des %2&#xa0;; la suppression par liste a écarté %3 et %4 ayant des notes sur ce critère.</translation>
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
    <message>
        <source>%1 is too large; the largest allowed is %2</source>
        <translation>%1 est trop grand&#xa0;; le maximum autorisé est %2</translation>
    </message>
</context>
<context>
    <name>KeychainPasswordStore</name>
    <message>
        <source>no keychain service (such as GNOME Keyring or KWallet) is running</source>
        <translation>aucun service de trousseau (tel que GNOME Keyring ou KWallet) n&apos;est en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>access to it was refused</source>
        <translation>l&apos;accès y a été refusé</translation>
    </message>
    <message>
        <source>no keychain service (such as GNOME Keyring or KWallet) answered</source>
        <translation>aucun service de trousseau (tel que GNOME Keyring ou KWallet) n&apos;a répondu</translation>
    </message>
    <message>
        <source>The keychain could not be used: %1</source>
        <translation>Le trousseau n&apos;a pas pu être utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>This build of Debrief has no keychain support.</source>
        <translation>Cette version de Debrief ne prend pas en charge le trousseau.</translation>
    </message>
</context>
<context>
    <name>KrippendorffAlpha</name>
    <message>
        <source>Rests on %1 from %2 on %3 that at least two panelists scored; %4 without a second score on the same finalist cannot be paired and are left out.</source>
        <translation>Repose sur %1 provenant de %2 et portant sur %3 notés par au moins deux membres du jury&#xa0;; %4 sans seconde note pour le même finaliste ne peuvent pas être appariées et sont écartées.</translation>
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
    <message>
        <source>Open the database given with --db and quit as soon as its candidate list has been shown (for timing start-up).</source>
        <translation>Ouvrir la base de données indiquée par --db et quitter dès que sa liste de candidats a été affichée (pour mesurer le démarrage).</translation>
    </message>
    <message>
        <source>--benchmark-startup needs --db FILE.</source>
        <translation>--benchmark-startup exige --db FICHIER.</translation>
    </message>
</context>
<context>
    <name>LintCommand</name>
    <message>
        <source>Check a draft&apos;s tone: cold, vague or risky wording, unmade promises</source>
        <translation>Vérifier le ton d&apos;un brouillon&#xa0;: formulations froides, vagues ou risquées, promesses injustifiées</translation>
    </message>
    <message>
        <source>Usage: debrief-cli lint FILE [--lang xx] [--json] [--name NAME] [--other NAME]... [--talent-pool] [--rules RULES.json]</source>
        <translation>Utilisation&#xa0;: debrief-cli lint FICHIER [--lang xx] [--json] [--name NOM] [--other NOM]... [--talent-pool] [--rules REGLES.json]</translation>
    </message>
    <message>
        <source>The language of the draft: %1 (default: en).</source>
        <translation>La langue du brouillon&#xa0;: %1 (par défaut&#xa0;: en).</translation>
    </message>
    <message>
        <source>xx</source>
        <translation>xx</translation>
    </message>
    <message>
        <source>Print the findings as JSON (docs/TONE.md).</source>
        <translation>Afficher les remarques au format JSON (docs/TONE.md).</translation>
    </message>
    <message>
        <source>The candidate&apos;s full name; the first line must then greet them by name.</source>
        <translation>Le nom complet du candidat&#xa0;; la première ligne doit alors le saluer par son nom.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Another candidate of the opening, whose name must not appear (repeatable).</source>
        <translation>Un autre candidat du poste, dont le nom ne doit pas apparaître (répétable).</translation>
    </message>
    <message>
        <source>The candidate is in the talent pool, so future contact may be promised.</source>
        <translation>Le candidat est dans le vivier de talents&#xa0;; un contact futur peut donc lui être promis.</translation>
    </message>
    <message>
        <source>A rule file of your own instead of the built-in rules.</source>
        <translation>Un fichier de règles personnel à la place des règles intégrées.</translation>
    </message>
    <message>
        <source>RULES.json</source>
        <translation>REGLES.json</translation>
    </message>
</context>
<context>
    <name>LocalTime</name>
    <message>
        <source>Choose a date and a time.</source>
        <translation>Choisissez une date et une heure.</translation>
    </message>
    <message>
        <source>The time zone is not known on this computer.</source>
        <translation>Le fuseau horaire n&apos;est pas connu sur cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 %2 does not exist in %3: the clocks skip that time when summer time begins. Choose a time after the change.</source>
        <translation>%1 %2 n&apos;existe pas dans le fuseau %3&#xa0;: les horloges sautent cette heure au passage à l&apos;heure d&apos;été. Choisissez une heure après le changement.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time: write it as YYYY-MM-DD HH:MM, for example 2026-03-02 09:30.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date et une heure&#xa0;: saisissez-les sous la forme AAAA-MM-JJ HH:MM, par exemple 2026-03-02 09:30.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>MailLinkQuestion</name>
    <message>
        <source>Message Too Long for a Mail Link</source>
        <translation>Message trop long pour un lien de messagerie</translation>
    </message>
    <message>
        <source>This message is too long to hand to a mail client as a link. Save it as an .eml file or copy it instead.</source>
        <translation>Ce message est trop long pour être transmis à un client de messagerie sous forme de lien. Enregistrez-le plutôt dans un fichier .eml ou copiez-le.</translation>
    </message>
    <message>
        <source>Mail clients cut long links, so the message would arrive shortened, ending in a note. Save it as an .eml file or copy it instead to keep the whole text.</source>
        <translation>Les clients de messagerie tronquent les liens longs&#xa0;: le message arriverait raccourci, terminé par une note. Enregistrez-le plutôt dans un fichier .eml ou copiez-le pour conserver tout le texte.</translation>
    </message>
    <message>
        <source>Save as .eml…</source>
        <translation>Enregistrer au format .eml…</translation>
    </message>
    <message>
        <source>Copy Instead</source>
        <translation>Copier plutôt</translation>
    </message>
    <message>
        <source>Open Shortened</source>
        <translation>Ouvrir en version raccourcie</translation>
    </message>
</context>
<context>
    <name>MailtoLink</name>
    <message>
        <source>[Shortened to fit a mail link. Paste the full text from Debrief before sending.]</source>
        <translation>[Raccourci pour tenir dans un lien de messagerie. Collez le texte complet depuis Debrief avant l&apos;envoi.]</translation>
    </message>
</context>
<context>
    <name>MemoryPasswordStore</name>
    <message>
        <source>No keychain is available on this computer.</source>
        <translation>Aucun trousseau n&apos;est disponible sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>MessageTemplateRepository</name>
    <message>
        <source>There is no message template with id %1.</source>
        <translation>Il n&apos;existe aucun modèle de message avec l&apos;identifiant %1.</translation>
    </message>
</context>
<context>
    <name>MyInterviewsMenu</name>
    <message>
        <source>My Interviews</source>
        <translation>Mes entretiens</translation>
    </message>
    <message>
        <source>&amp;My Interviews</source>
        <translation>&amp;Mes entretiens</translation>
    </message>
    <message>
        <source>Your interviews to come and the scorecards you still owe.</source>
        <translation>Vos entretiens à venir et les grilles d&apos;évaluation que vous devez encore rendre.</translation>
    </message>
    <message>
        <source>The main window has no “My interviews” list.</source>
        <translation>La fenêtre principale n&apos;a pas de liste «&#xa0;Mes entretiens&#xa0;».</translation>
    </message>
    <message>
        <source>No panelist has an interview to come or a scorecard to write, so the list would be empty.</source>
        <translation>Aucun membre du jury n&apos;a d&apos;entretien à venir ni de grille d&apos;évaluation à rédiger&#xa0;: la liste serait donc vide.</translation>
    </message>
</context>
<context>
    <name>OpeningComparison</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>Responsable du recrutement</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Nombre de postes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Tours d&apos;entretiens</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Jury</translation>
    </message>
    <message>
        <source>Panel lead</source>
        <translation>Responsable du jury</translation>
    </message>
</context>
<context>
    <name>OpeningCreator</name>
    <message>
        <source>“%1” is no longer in this database.</source>
        <translation>«&#xa0;%1&#xa0;» ne figure plus dans cette base de données.</translation>
    </message>
    <message>
        <source>The set-up of “%1” has changed since it was created.</source>
        <translation>La configuration de «&#xa0;%1&#xa0;» a changé depuis sa création.</translation>
    </message>
    <message>
        <source>Candidates have been added to “%1” since it was created.</source>
        <translation>Des candidats ont été ajoutés à «&#xa0;%1&#xa0;» depuis sa création.</translation>
    </message>
    <message>
        <source>A decision has been recorded for “%1” since it was created.</source>
        <translation>Une décision a été consignée pour «&#xa0;%1&#xa0;» depuis sa création.</translation>
    </message>
    <message>
        <source>The rubric of “%1” has been edited since it was created.</source>
        <translation>La grille de critères de «&#xa0;%1&#xa0;» a été modifiée depuis sa création.</translation>
    </message>
    <message>
        <source>The interview rounds of “%1” have changed since it was created.</source>
        <translation>Les tours d&apos;entretiens de «&#xa0;%1&#xa0;» ont changé depuis sa création.</translation>
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
    <message>
        <source>a cancelled interview needs the reason it was cancelled</source>
        <translation>un entretien annulé doit indiquer la raison de son annulation</translation>
    </message>
    <message>
        <source>the interview has who cancelled it or why, but no time it was cancelled</source>
        <translation>l&apos;entretien indique qui l&apos;a annulé ou pourquoi, mais pas quand il a été annulé</translation>
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
    <name>OpeningMenu</name>
    <message>
        <source>O&amp;pening</source>
        <translation>P&amp;oste</translation>
    </message>
</context>
<context>
    <name>OpeningRepository</name>
    <message>
        <source>There is no opening with id %1.</source>
        <translation>Il n&apos;existe aucun poste avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>le poste %1</translation>
    </message>
</context>
<context>
    <name>OpeningSetupMenu</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The undo history has been cleared, since the earlier steps build on this one.</source>
        <translation>L&apos;historique d&apos;annulation a été effacé, car les étapes précédentes reposent sur celle-ci.</translation>
    </message>
    <message>
        <source>New Opening</source>
        <translation>Nouveau poste</translation>
    </message>
    <message>
        <source>Set Up Opening</source>
        <translation>Configurer le poste</translation>
    </message>
    <message>
        <source>New O&amp;pening…</source>
        <translation>Nouveau &amp;poste…</translation>
    </message>
    <message>
        <source>Set &amp;Up Opening…</source>
        <translation>Configurer le &amp;poste…</translation>
    </message>
</context>
<context>
    <name>OpeningSetupUpdater</name>
    <message>
        <source>The opening “%1” is no longer in this database.</source>
        <translation>Le poste «&#xa0;%1&#xa0;» ne figure plus dans cette base de données.</translation>
    </message>
    <message>
        <source>Cannot remove the round “%1”. %2</source>
        <translation>Impossible de supprimer le tour «&#xa0;%1&#xa0;». %2</translation>
    </message>
    <message>
        <source>The set-up of opening %1</source>
        <translation>la configuration du poste %1</translation>
    </message>
</context>
<context>
    <name>OpeningSetupValidator</name>
    <message>
        <source>panelist %1</source>
        <translation>membre du jury %1</translation>
    </message>
    <message>
        <source>The title is empty: name the opening.</source>
        <translation>Le titre est vide&#xa0;: donnez un nom au poste.</translation>
    </message>
    <message>
        <source>The number of positions is %1: it must be at least 1.</source>
        <translation>Le nombre de postes est %1&#xa0;: il doit être au moins égal à 1.</translation>
    </message>
    <message>
        <source>There are no interview rounds: add at least one.</source>
        <translation>Il n&apos;y a aucun tour d&apos;entretiens&#xa0;: ajoutez-en au moins un.</translation>
    </message>
    <message>
        <source>Round %1 has no name.</source>
        <translation>Le tour %1 n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>Two rounds are called “%1”: give each round its own name.</source>
        <translation>Deux tours s&apos;appellent «&#xa0;%1&#xa0;»&#xa0;: donnez à chaque tour son propre nom.</translation>
    </message>
    <message>
        <source>No rubric template is chosen.</source>
        <translation>Aucun modèle de grille de critères n&apos;est choisi.</translation>
    </message>
    <message>
        <source>No opening is chosen to copy the rubric from.</source>
        <translation>Aucun poste n&apos;est choisi pour en copier la grille de critères.</translation>
    </message>
    <message>
        <source>The panel is empty: add at least one panelist and make one the lead.</source>
        <translation>Le jury est vide&#xa0;: ajoutez au moins un membre du jury et désignez-en un comme responsable.</translation>
    </message>
    <message>
        <source>%1 sits on the panel twice.</source>
        <translation>%1 figure deux fois dans le jury.</translation>
    </message>
    <message>
        <source>The e-mail address %1 is given for two panelists.</source>
        <translation>L&apos;adresse e-mail %1 est indiquée pour deux membres du jury.</translation>
    </message>
    <message>
        <source>The panel has no lead: choose one panelist.</source>
        <translation>Le jury n&apos;a pas de responsable&#xa0;: choisissez un membre du jury.</translation>
    </message>
    <message>
        <source>The panel has %1 leads (%2): choose exactly one.</source>
        <translation>Le jury a %1 responsables (%2)&#xa0;: choisissez-en exactement un.</translation>
    </message>
    <message>
        <source>New panelist %1 has no name.</source>
        <translation>Le nouveau membre du jury %1 n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>The e-mail address “%1” of %2 is not valid.</source>
        <translation>L&apos;adresse e-mail «&#xa0;%1&#xa0;» de %2 n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The opening&apos;s set-up has these problems:</source>
        <translation>La configuration du poste présente les problèmes suivants&#xa0;:</translation>
    </message>
    <message>
        <source>The number of positions is %1: it can be at most %2.</source>
        <translation>Le nombre de postes est %1&#xa0;: il ne peut pas dépasser %2.</translation>
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
    <name>OpeningSummaryReport</name>
    <message>
        <source>%1 (n = %2)</source>
        <translation>%1 (n = %2)</translation>
    </message>
    <message>
        <source>Opening summary</source>
        <translation>Synthèse du poste</translation>
    </message>
    <message>
        <source>%1 — as of %2</source>
        <translation>%1 — au %2</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>Responsable du recrutement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Nombre de postes</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Waiting past a promised date</source>
        <translation>Date de réponse promise dépassée</translation>
    </message>
    <message>
        <source>Pipeline by stage</source>
        <translation>Répartition par étape</translation>
    </message>
    <message numerus="yes">
        <source>Days in stage come from the %n stage change(s) Debrief recorded for this opening and the day each candidate applied. Median days in stage: stays that ended; so far: candidates still in the stage. A stage entered before Debrief recorded changes has no known start and is left out.</source>
        <translation>
            <numerusform>Les jours par étape reposent sur %n changement d&apos;étape enregistré par Debrief pour ce poste et sur le jour où chaque candidat a postulé. Médiane des jours dans l&apos;étape&#xa0;: séjours terminés&#xa0;; jusqu&apos;ici&#xa0;: candidats encore dans l&apos;étape. Une étape dans laquelle un candidat est entré avant que Debrief n&apos;enregistre les changements n&apos;a pas de début connu et est écartée.</numerusform>
            <numerusform>Les jours par étape reposent sur %n changements d&apos;étape enregistrés par Debrief pour ce poste et sur le jour où chaque candidat a postulé. Médiane des jours dans l&apos;étape&#xa0;: séjours terminés&#xa0;; jusqu&apos;ici&#xa0;: candidats encore dans l&apos;étape. Une étape dans laquelle un candidat est entré avant que Debrief n&apos;enregistre les changements n&apos;a pas de début connu et est écartée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Debrief has not recorded any stage change for this opening yet, so the time spent in each stage is not known; the last column counts from the day each candidate applied.</source>
        <translation>Debrief n&apos;a encore enregistré aucun changement d&apos;étape pour ce poste&#xa0;; le temps passé dans chaque étape n&apos;est donc pas connu. La dernière colonne compte à partir du jour où chaque candidat a postulé.</translation>
    </message>
    <message>
        <source>Candidates in each stage now, and how many got at least that far.</source>
        <translation>Candidats actuellement dans chaque étape, et combien sont allés au moins jusque-là.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuellement</translation>
    </message>
    <message>
        <source>Got this far</source>
        <translation>Allés jusque-là</translation>
    </message>
    <message>
        <source>Median days in stage</source>
        <translation>Médiane des jours dans l&apos;étape</translation>
    </message>
    <message>
        <source>Median days so far</source>
        <translation>Médiane des jours jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Median days since applying</source>
        <translation>Médiane des jours depuis la candidature</translation>
    </message>
    <message>
        <source>All candidates</source>
        <translation>Tous les candidats</translation>
    </message>
    <message>
        <source>Where the candidates are</source>
        <translation>Où en sont les candidats</translation>
    </message>
    <message>
        <source>Promised dates</source>
        <translation>Dates promises</translation>
    </message>
    <message>
        <source>No candidate has been promised an answer by a date yet.</source>
        <translation>Aucune réponse n&apos;a encore été promise à un candidat pour une date donnée.</translation>
    </message>
    <message numerus="yes">
        <source>Of %n date(s) promised to candidates, %1 were kept, %2 were missed and %3 are not yet due.</source>
        <translation>
            <numerusform>%n date promise aux candidats — tenues&#xa0;: %1, manquées&#xa0;: %2, pas encore échues&#xa0;: %3.</numerusform>
            <numerusform>%n dates promises aux candidats — tenues&#xa0;: %1, manquées&#xa0;: %2, pas encore échues&#xa0;: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>A promise is kept when we wrote or called the candidate after making it and on or before the promised date.</source>
        <translation>Une promesse est tenue lorsque nous avons écrit au candidat ou l&apos;avons appelé après l&apos;avoir faite, au plus tard à la date promise.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Promised on</source>
        <translation>Promise le</translation>
    </message>
    <message>
        <source>Answer promised by</source>
        <translation>Réponse promise d&apos;ici le</translation>
    </message>
    <message>
        <source>Answered late on</source>
        <translation>Réponse tardive le</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Promises missed</source>
        <translation>Promesses non tenues</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En réserve</translation>
    </message>
    <message>
        <source>Still waiting for an answer, the longest overdue first</source>
        <translation>Toujours en attente d&apos;une réponse, du plus grand retard au plus petit</translation>
    </message>
    <message>
        <source>Who is still waiting</source>
        <translation>Qui attend encore</translation>
    </message>
    <message>
        <source>Nobody is waiting past the date we promised them an answer.</source>
        <translation>Personne n&apos;attend au-delà de la date à laquelle nous lui avons promis une réponse.</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) are past the date we promised them an answer. Each deserves a message today, even if only to say when the answer will come.</source>
        <translation>
            <numerusform>%n candidat a dépassé la date à laquelle nous lui avions promis une réponse. Un message s&apos;impose aujourd&apos;hui, ne serait-ce que pour dire quand la réponse arrivera.</numerusform>
            <numerusform>%n candidats ont dépassé la date à laquelle nous leur avions promis une réponse. Chacun mérite un message aujourd&apos;hui, ne serait-ce que pour dire quand la réponse arrivera.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutputPaths</name>
    <message>
        <source>%1 is the database %2 itself; writing there would destroy it. Nothing was written; choose another file.</source>
        <translation>%1 est la base de données %2 elle-même&#xa0;; y écrire la détruirait. Rien n&apos;a été écrit&#xa0;; choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>%1 is one of the database&apos;s own files (%2 keeps its journal there as %3); writing there would damage it. Nothing was written; choose another file.</source>
        <translation>%1 est l&apos;un des propres fichiers de la base de données (%2 y conserve son journal sous le nom %3)&#xa0;; y écrire l&apos;endommagerait. Rien n&apos;a été écrit&#xa0;; choisissez un autre fichier.</translation>
    </message>
</context>
<context>
    <name>OwnerOnly</name>
    <message>
        <source>Cannot create the folder %1: %2 is not a folder.</source>
        <translation>Impossible de créer le dossier %1&#xa0;: %2 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 est un fichier, et non un dossier.</translation>
    </message>
</context>
<context>
    <name>PanelCalibration</name>
    <message>
        <source>in line with the panel</source>
        <translation>dans la norme du jury</translation>
    </message>
    <message>
        <source>lenient</source>
        <translation>indulgent</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>sévère</translation>
    </message>
    <message>
        <source>too few shared ratings to tell</source>
        <translation>trop peu de notes communes pour conclure</translation>
    </message>
</context>
<context>
    <name>PanelSeatWriter</name>
    <message>
        <source>%1 is no longer a panelist in this database.</source>
        <translation>%1 ne fait plus partie des membres du jury dans cette base de données.</translation>
    </message>
    <message>
        <source>%1 sits on the panel twice.</source>
        <translation>%1 figure deux fois dans le jury.</translation>
    </message>
</context>
<context>
    <name>PanelistLogin</name>
    <message>
        <source>“%1” cannot be a login role: use 1 to 63 lower-case letters a–z, digits and _, not starting with a digit.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être un rôle de connexion&#xa0;: utilisez de 1 à 63 lettres minuscules a–z, chiffres et _, sans commencer par un chiffre.</translation>
    </message>
    <message>
        <source>“%1” cannot be a login role: names starting with pg_ are PostgreSQL&apos;s and names starting with debrief_ are Debrief&apos;s own.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être un rôle de connexion&#xa0;: les noms commençant par pg_ sont réservés à PostgreSQL et ceux commençant par debrief_ à Debrief.</translation>
    </message>
    <message>
        <source>%1 is a file: logins exist only on a PostgreSQL server.</source>
        <translation>%1 est un fichier&#xa0;: les comptes de connexion n&apos;existent que sur un serveur PostgreSQL.</translation>
    </message>
    <message>
        <source>The login role %1 already belongs to panelist %2 in %3.</source>
        <translation>Le rôle de connexion %1 appartient déjà au membre du jury %2 dans %3.</translation>
    </message>
    <message>
        <source>The role %1 already exists on the server and is not this panelist&apos;s login. Choose another name with --login.</source>
        <translation>Le rôle %1 existe déjà sur le serveur et n&apos;est pas le compte de connexion de ce membre du jury. Choisissez un autre nom avec --login.</translation>
    </message>
    <message>
        <source>Panelist %1 does not sit on the panel of opening %2: seat them first, then make them its lead.</source>
        <translation>Le membre du jury %1 ne siège pas au jury du poste %2&#xa0;: ajoutez-le d&apos;abord au jury, puis nommez-le responsable.</translation>
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
    <name>PersonEraseCommand</name>
    <message>
        <source>Erase one candidate and everything held about them (a request to erase)</source>
        <translation>Effacer un candidat et tout ce qui est conservé à son sujet (demande d&apos;effacement)</translation>
    </message>
    <message>
        <source>Usage: debrief-cli person-erase --db FILE --candidate ID [--yes]</source>
        <translation>Utilisation&#xa0;: debrief-cli person-erase --db FICHIER --candidate ID [--yes]</translation>
    </message>
    <message>
        <source>Erase them. Without it nothing is changed: the command says what would be deleted. An erasure cannot be undone.</source>
        <translation>Effacer le candidat. Sans cette option, rien n&apos;est modifié&#xa0;: la commande indique ce qui serait supprimé. Un effacement est irréversible.</translation>
    </message>
    <message>
        <source>Erasing candidate #%1 would delete them and %2 from %3. Nothing was changed; --yes erases them, which cannot be undone.</source>
        <translation>Effacer le candidat n° %1 supprimerait de %3 ce candidat ainsi que %2. Rien n&apos;a été modifié&#xa0;; --yes l&apos;efface, de façon irréversible.</translation>
    </message>
    <message>
        <source>Erased candidate #%1 and %2 from %3; the audit log keeps only the counts.</source>
        <translation>Candidat n° %1 effacé de %3, ainsi que %2&#xa0;; le journal d&apos;audit n&apos;en conserve que le décompte.</translation>
    </message>
</context>
<context>
    <name>PersonEraser</name>
    <message>
        <source>[erased candidate]</source>
        <translation>[candidat effacé]</translation>
    </message>
    <message>
        <source>Candidate #%1 cannot be erased while they are the chosen candidate for “%2”: the decision rests on their record. Amend the decision (or record that the offer was declined) first.</source>
        <translation>Le candidat n° %1 ne peut pas être effacé tant qu&apos;il est le candidat retenu pour «&#xa0;%2&#xa0;»&#xa0;: la décision repose sur ses données. Modifiez d&apos;abord la décision (ou consignez que l&apos;offre a été déclinée).</translation>
    </message>
    <message>
        <source>Candidate #%1 cannot be erased while they are a runner-up on hold for “%2”: they may still be offered the position. End the hold (Decision › Offer Accepted…) first.</source>
        <translation>Le candidat n° %1 ne peut pas être effacé tant qu&apos;il est un deuxième choix en réserve pour «&#xa0;%2&#xa0;»&#xa0;: le poste peut encore lui être proposé. Levez d&apos;abord la réserve (Décision › Offre acceptée…).</translation>
    </message>
</context>
<context>
    <name>PersonExportCommand</name>
    <message>
        <source>Write everything held about one candidate as JSON (a subject access request)</source>
        <translation>Écrire en JSON tout ce qui est conservé au sujet d&apos;un candidat (demande d&apos;accès)</translation>
    </message>
    <message>
        <source>Usage: debrief-cli person-export --db FILE --candidate ID --out FILE.json</source>
        <translation>Utilisation&#xa0;: debrief-cli person-export --db FICHIER --candidate ID --out FICHIER.json</translation>
    </message>
    <message>
        <source>The JSON file to write (readable by you only).</source>
        <translation>Le fichier JSON à écrire (lisible par vous seul).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Wrote %1 (readable by you only): candidate #%2, %3.</source>
        <translation>%1 écrit (lisible par vous seul)&#xa0;: candidat n° %2, %3.</translation>
    </message>
</context>
<context>
    <name>PersonRecordCounts</name>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n candidature</numerusform>
            <numerusform>%n candidatures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n entretien</numerusform>
            <numerusform>%n entretiens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scorecard(s)</source>
        <translation>
            <numerusform>%n grille d&apos;évaluation</numerusform>
            <numerusform>%n grilles d&apos;évaluation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s)</source>
        <translation>
            <numerusform>%n référence</numerusform>
            <numerusform>%n références</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n logged message(s) or call(s)</source>
        <translation>
            <numerusform>%n message ou appel consigné</numerusform>
            <numerusform>%n messages ou appels consignés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejection draft(s)</source>
        <translation>
            <numerusform>%n brouillon de refus</numerusform>
            <numerusform>%n brouillons de refus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit log record(s)</source>
        <translation>
            <numerusform>%n entrée du journal d&apos;audit</numerusform>
            <numerusform>%n entrées du journal d&apos;audit</numerusform>
        </translation>
    </message>
    <message>
        <source>no records besides the candidate</source>
        <translation>aucune autre donnée que le candidat lui-même</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
</context>
<context>
    <name>PersonRecords</name>
    <message>
        <source>There is no candidate with id %1 in %2.</source>
        <translation>Il n&apos;existe aucun candidat avec l&apos;identifiant %1 dans %2.</translation>
    </message>
</context>
<context>
    <name>PipelineChart</name>
    <message>
        <source>Candidates per stage</source>
        <translation>Candidats par étape</translation>
    </message>
    <message>
        <source>In this stage now</source>
        <translation>Actuellement dans cette étape</translation>
    </message>
    <message>
        <source>Got at least this far</source>
        <translation>Allés au moins jusque-là</translation>
    </message>
</context>
<context>
    <name>PipelineEditing</name>
    <message>
        <source>unknown user</source>
        <translation>utilisateur inconnu</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <source>Add &amp;Candidate…</source>
        <translation>Ajouter un &amp;candidat…</translation>
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
    <name>PipelineWorkflow</name>
    <message>
        <source>Name: enter the referee&apos;s name.</source>
        <translation>Nom&#xa0;: saisissez le nom du référent.</translation>
    </message>
    <message>
        <source>The application %1 no longer exists.</source>
        <translation>La candidature %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The reference %1 no longer exists.</source>
        <translation>La référence %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>la candidature %1</translation>
    </message>
    <message>
        <source>Reference %1</source>
        <translation>la référence %1</translation>
    </message>
</context>
<context>
    <name>PrivacyCommandLine</name>
    <message>
        <source>The candidate: their id in FILE, or their uuid.</source>
        <translation>Le candidat&#xa0;: son identifiant dans FICHIER, ou son UUID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>--candidate takes a number or a uuid.</source>
        <translation>--candidate attend un nombre ou un UUID.</translation>
    </message>
    <message>
        <source>--today must be a date such as 2026-03-14, not “%1”.</source>
        <translation>--today doit être une date comme 2026-03-14, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The file was compacted, so the removed text is gone from it.</source>
        <translation>Le fichier a été compacté&#xa0;: le texte supprimé n&apos;y figure donc plus.</translation>
    </message>
</context>
<context>
    <name>PrivacyMenu</name>
    <message>
        <source>Debrief</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <source>Anonymise Now</source>
        <translation>Anonymiser maintenant</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n candidate(s) now? Their names, contact details, notes, evidence, references, messages and drafts are removed for good; scores, stages and dates stay. This cannot be undone.</source>
        <translation>
            <numerusform>Anonymiser %n candidat maintenant&#xa0;? Son nom, ses coordonnées, notes, éléments factuels, références, messages et brouillons sont supprimés définitivement&#xa0;; les notes attribuées aux critères, les étapes et les dates restent. Cette action est irréversible.</numerusform>
            <numerusform>Anonymiser %n candidats maintenant&#xa0;? Leurs noms, coordonnées, notes, éléments factuels, références, messages et brouillons sont supprimés définitivement&#xa0;; les notes attribuées aux critères, les étapes et les dates restent. Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Anonymise</source>
        <translation>&amp;Anonymiser</translation>
    </message>
    <message>
        <source>&amp;Data Protection…</source>
        <translation>Protection des &amp;données…</translation>
    </message>
    <message>
        <source>The retention period of this database and who it makes due for anonymisation.</source>
        <translation>La durée de conservation de cette base de données, et les candidats qu&apos;elle conduit à anonymiser.</translation>
    </message>
    <message>
        <source>E&amp;xport Everything About This Person…</source>
        <translation>E&amp;xporter tout ce qui concerne cette personne…</translation>
    </message>
    <message>
        <source>&amp;Erase This Person…</source>
        <translation>&amp;Effacer cette personne…</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PromiseCheck</name>
    <message>
        <source>kept</source>
        <translation>tenue</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>manquée</translation>
    </message>
    <message>
        <source>not yet due</source>
        <translation>pas encore échue</translation>
    </message>
</context>
<context>
    <name>RatingMatrix</name>
    <message>
        <source>The score %1 for “%2” lies outside its scale of 1 to %3.</source>
        <translation>La note %1 pour «&#xa0;%2&#xa0;» est en dehors de son échelle de 1 à %3.</translation>
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
    <name>RecordArgument</name>
    <message>
        <source>There is no opening with uuid %1 in %2.</source>
        <translation>Il n&apos;existe aucun poste avec l&apos;UUID %1 dans %2.</translation>
    </message>
    <message>
        <source>There is no panelist with uuid %1 in %2.</source>
        <translation>Il n&apos;existe aucun membre du jury avec l&apos;UUID %1 dans %2.</translation>
    </message>
    <message>
        <source>There is no application with uuid %1 in %2.</source>
        <translation>Il n&apos;existe aucune candidature avec l&apos;UUID %1 dans %2.</translation>
    </message>
    <message>
        <source>There is no interview with uuid %1 in %2.</source>
        <translation>Il n&apos;existe aucun entretien avec l&apos;UUID %1 dans %2.</translation>
    </message>
    <message>
        <source>There is no opening %1 in %2.</source>
        <translation>Il n&apos;existe aucun poste n° %1 dans %2.</translation>
    </message>
    <message>
        <source>There is no panelist %1 in %2.</source>
        <translation>Il n&apos;existe aucun membre du jury n° %1 dans %2.</translation>
    </message>
    <message>
        <source>There is no candidate %1 in %2.</source>
        <translation>Il n&apos;existe aucun candidat n° %1 dans %2.</translation>
    </message>
    <message>
        <source>There is no candidate with uuid %1 in %2.</source>
        <translation>Il n&apos;existe aucun candidat avec l&apos;UUID %1 dans %2.</translation>
    </message>
    <message>
        <source>There is no application %1 in %2.</source>
        <translation>Il n&apos;existe aucune candidature n° %1 dans %2.</translation>
    </message>
    <message>
        <source>There is no interview %1 in %2.</source>
        <translation>Il n&apos;existe aucun entretien n° %1 dans %2.</translation>
    </message>
    <message>
        <source>No panelist in %1 has that e-mail address (%2).</source>
        <translation>Aucun membre du jury de %1 n&apos;a cette adresse e-mail (%2).</translation>
    </message>
    <message>
        <source>%1 takes a panelist&apos;s id, uuid or e-mail.</source>
        <translation>%1 attend l&apos;identifiant, l&apos;UUID ou l&apos;adresse e-mail d&apos;un membre du jury.</translation>
    </message>
</context>
<context>
    <name>ReferenceComparison</name>
    <message>
        <source>not contacted</source>
        <translation>non contacté</translation>
    </message>
    <message>
        <source>Yes, a concern</source>
        <translation>Oui, une réserve</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contacted on</source>
        <translation>Contacté le</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Réserve</translation>
    </message>
</context>
<context>
    <name>ReferencePolicy</name>
    <message>
        <source>This candidate is no longer in the running (%1). Contacting their referees now costs the candidate goodwill with their current employer and contacts and takes the referees&apos; time for nothing.</source>
        <translation>Ce candidat n&apos;est plus en lice (%1). Contacter ses référents maintenant nuirait à sa relation avec son employeur actuel et ses contacts, et ferait perdre du temps aux référents pour rien.</translation>
    </message>
    <message>
        <source>This candidate is not a finalist yet (stage: %1). References are normally collected from finalists only: contacting referees early costs the candidate goodwill with their current employer and contacts, who learn that they are looking, and takes the referees&apos; and the panel&apos;s time for someone who may not go further.</source>
        <translation>Ce candidat n&apos;est pas encore finaliste (étape&#xa0;: %1). Les références ne sont normalement recueillies qu&apos;auprès des finalistes&#xa0;: contacter les référents trop tôt nuit à la relation du candidat avec son employeur actuel et ses contacts, qui apprennent qu&apos;il cherche un emploi, et mobilise le temps des référents et du jury pour une personne qui n&apos;ira peut-être pas plus loin.</translation>
    </message>
</context>
<context>
    <name>ReferenceRepository</name>
    <message>
        <source>There is no reference with id %1.</source>
        <translation>Il n&apos;existe aucune référence avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Reference %1</source>
        <translation>la référence %1</translation>
    </message>
</context>
<context>
    <name>RejectionDraftRepository</name>
    <message>
        <source>There is no rejection draft with id %1.</source>
        <translation>Il n&apos;existe aucun brouillon de refus avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Rejection draft %1</source>
        <translation>le brouillon de refus %1</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Which report: %1.</source>
        <translation>Le rapport à produire&#xa0;: %1.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>The candidate of a packet: their id in FILE, or their uuid.</source>
        <translation>Le candidat d&apos;un dossier&#xa0;: son identifiant dans FICHIER, ou son UUID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>a4 or letter (default: from the locale, Letter in the US and Canada).</source>
        <translation>a4 ou letter (par défaut&#xa0;: selon les paramètres régionaux, Letter aux États-Unis et au Canada).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAILLE</translation>
    </message>
    <message>
        <source>Write PDF/A-1b, for archiving.</source>
        <translation>Écrire au format PDF/A-1b, pour l&apos;archivage.</translation>
    </message>
    <message>
        <source>The time the report says it was generated, and the day it judges &quot;overdue&quot; by (default: now); makes the output reproducible.</source>
        <translation>L&apos;heure de génération indiquée dans le rapport, et le jour par rapport auquel il juge ce qui est «&#xa0;en retard&#xa0;» (par défaut&#xa0;: maintenant)&#xa0;; rend la sortie reproductible.</translation>
    </message>
    <message>
        <source>YYYY-MM-DDTHH:MM</source>
        <translation>AAAA-MM-JJTHH:MM</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>FICHIER.pdf</translation>
    </message>
    <message>
        <source>--page-size takes a4 or letter, not &apos;%1&apos;.</source>
        <translation>--page-size attend a4 ou letter, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--kind takes one of %1, not &apos;%2&apos;.</source>
        <translation>--kind attend l&apos;une des valeurs %1, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>--kind packet needs --candidate ID.</source>
        <translation>--kind packet nécessite --candidate ID.</translation>
    </message>
    <message>
        <source>--candidate is only for --kind packet.</source>
        <translation>--candidate ne s&apos;utilise qu&apos;avec --kind packet.</translation>
    </message>
    <message>
        <source>--generated-at takes a time such as 2026-11-26T09:00, not &apos;%1&apos;.</source>
        <translation>--generated-at attend une heure comme 2026-11-26T09:00, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Write a PDF report: comparison, packet, calibration or summary</source>
        <translation>Écrire un rapport PDF&#xa0;: comparaison, dossier de candidat, calibrage ou synthèse</translation>
    </message>
    <message>
        <source>The report command needs the graphical application object.</source>
        <translation>La commande report nécessite l&apos;objet d&apos;application graphique.</translation>
    </message>
    <message>
        <source>--opening takes a number or a uuid.</source>
        <translation>--opening attend un nombre ou un UUID.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 écrit (%n page).</numerusform>
            <numerusform>%1 écrit (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: debrief-cli report --db FILE --opening ID --kind comparison|packet|calibration|summary [--candidate ID] [--as PANELIST] [--page-size a4|letter] [--pdfa] [--generated-at TIME] --out FILE.pdf</source>
        <translation>Utilisation&#xa0;: debrief-cli report --db FICHIER --opening ID --kind comparison|packet|calibration|summary [--candidate ID] [--as MEMBRE_DU_JURY] [--page-size a4|letter] [--pdfa] [--generated-at HEURE] --out FICHIER.pdf</translation>
    </message>
    <message>
        <source>--candidate takes a number or a uuid.</source>
        <translation>--candidate attend un nombre ou un UUID.</translation>
    </message>
</context>
<context>
    <name>ReportDataLoader</name>
    <message>
        <source>Choose the opening the report is about.</source>
        <translation>Choisissez le poste concerné par le rapport.</translation>
    </message>
    <message>
        <source>Unknown report kind.</source>
        <translation>Type de rapport inconnu.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n finalist(s) with a submitted scorecard; a comparison needs at least 2.</source>
        <translation>
            <numerusform>%1 a %n finaliste avec une grille d&apos;évaluation soumise&#xa0;; une comparaison en nécessite au moins 2.</numerusform>
            <numerusform>%1 a %n finalistes avec une grille d&apos;évaluation soumise&#xa0;; une comparaison en nécessite au moins 2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the candidate the packet is about.</source>
        <translation>Choisissez le candidat concerné par le dossier.</translation>
    </message>
    <message>
        <source>Application %1 does not belong to opening %2.</source>
        <translation>La candidature %1 n&apos;appartient pas au poste %2.</translation>
    </message>
    <message>
        <source>“%1” is neither a candidate id nor a uuid.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un identifiant de candidat ni un UUID.</translation>
    </message>
    <message>
        <source>There is no candidate with uuid %1 in %2.</source>
        <translation>Il n&apos;existe aucun candidat avec l&apos;UUID %1 dans %2.</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>ReportFrontMatter</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Scores as seen by</source>
        <translation>Notes vues par</translation>
    </message>
</context>
<context>
    <name>ReportKinds</name>
    <message>
        <source>Finalist comparison</source>
        <translation>Comparaison des finalistes</translation>
    </message>
    <message>
        <source>Candidate packet</source>
        <translation>Dossier du candidat</translation>
    </message>
    <message>
        <source>Panel calibration</source>
        <translation>Calibrage du jury</translation>
    </message>
    <message>
        <source>Opening summary</source>
        <translation>Synthèse du poste</translation>
    </message>
    <message>
        <source>The finalists side by side with charts, whether the lead is real, where the panel disagrees, the decision record and a sign-off block.</source>
        <translation>Les finalistes côte à côte avec des graphiques, si l&apos;avance en tête est réelle, les points de désaccord du jury, la décision consignée et un bloc de signatures.</translation>
    </message>
    <message>
        <source>One candidate: details, stage, every submitted scorecard with its evidence, references and the communication log.</source>
        <translation>Un candidat&#xa0;: informations, étape, chaque grille d&apos;évaluation soumise avec ses éléments factuels, les références et le journal des échanges.</translation>
    </message>
    <message>
        <source>How each panelist scores compared with the rest of the panel, agreement per criterion and halo flags, with a short reading guide.</source>
        <translation>Comment chaque membre du jury note par rapport au reste du jury, l&apos;accord par critère et les signalements d&apos;effet de halo, avec un court guide de lecture.</translation>
    </message>
    <message>
        <source>The pipeline by stage, time in stage, promised dates kept and missed, and who is still waiting for an answer.</source>
        <translation>Les candidatures par étape, le temps passé dans chaque étape, les dates promises tenues et manquées, et qui attend encore une réponse.</translation>
    </message>
</context>
<context>
    <name>ReportLayout</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>ReportMenu</name>
    <message>
        <source>Export Report</source>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <source>Select the opening to report on.</source>
        <translation>Sélectionnez le poste sur lequel porte le rapport.</translation>
    </message>
    <message>
        <source>The database has no opening to report on.</source>
        <translation>La base de données ne contient aucun poste sur lequel établir un rapport.</translation>
    </message>
    <message>
        <source>E&amp;xport Report…</source>
        <translation>E&amp;xporter un rapport…</translation>
    </message>
</context>
<context>
    <name>ReportPainter</name>
    <message>
        <source>Confidential: contains personal data</source>
        <translation>Confidentiel&#xa0;: contient des données personnelles</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Generated %1 at %2</source>
        <translation>Généré le %1 à %2</translation>
    </message>
</context>
<context>
    <name>ReportPdfWriter</name>
    <message>
        <source>Cannot write the report %1: fonts need a QGuiApplication.</source>
        <translation>Impossible d&apos;écrire le rapport %1&#xa0;: les polices nécessitent une QGuiApplication.</translation>
    </message>
    <message>
        <source>Cannot write the report %1: charts need a QApplication.</source>
        <translation>Impossible d&apos;écrire le rapport %1&#xa0;: les graphiques nécessitent une QApplication.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF writer did not start.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: le générateur PDF n&apos;a pas démarré.</translation>
    </message>
    <message>
        <source>Writing %1 was cancelled; no file was written.</source>
        <translation>L&apos;écriture de %1 a été annulée&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>ReportWrittenOffer</name>
    <message>
        <source>Export Report</source>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation>Le rapport a été écrit dans %1.</translation>
    </message>
    <message>
        <source>&amp;Open Report</source>
        <translation>&amp;Ouvrir le rapport</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Put a backup back in place of a database, keeping a copy of what it replaces</source>
        <translation>Remettre une sauvegarde à la place d&apos;une base de données, en conservant une copie de ce qu&apos;elle remplace</translation>
    </message>
    <message>
        <source>Usage: debrief-cli restore --db FILE --from BACKUP</source>
        <translation>Utilisation&#xa0;: debrief-cli restore --db FICHIER --from SAUVEGARDE</translation>
    </message>
    <message>
        <source>The database to replace (created when missing). Close it in Debrief first.</source>
        <translation>La base de données à remplacer (créée si elle n&apos;existe pas). Fermez-la d&apos;abord dans Debrief.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>The backup to restore: a copy made by backup, File › Back Up… or an automatic copy (FILE.before-….sqlite).</source>
        <translation>La sauvegarde à restaurer&#xa0;: une copie faite par backup ou par Fichier › Sauvegarder…, ou une copie automatique (FICHIER.before-….sqlite).</translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation>SAUVEGARDE</translation>
    </message>
    <message>
        <source>Restored %1 from %2 (schema %3).</source>
        <translation>%1 restauré depuis %2 (schéma %3).</translation>
    </message>
    <message>
        <source>What it held before is kept in %1.</source>
        <translation>Son contenu précédent est conservé dans %1.</translation>
    </message>
</context>
<context>
    <name>RetentionCommand</name>
    <message>
        <source>The retention period, such as 12m, 180d or 2y. Default: the one stored in FILE.</source>
        <translation>La durée de conservation, par exemple 12m, 180d ou 2y (m = mois, d = jours, y = ans). Par défaut&#xa0;: celle enregistrée dans FICHIER.</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>DUREE</translation>
    </message>
    <message>
        <source>Store --period as FILE&apos;s retention period, which the window then applies every time it opens FILE.</source>
        <translation>Enregistrer --period comme durée de conservation de FICHIER, que la fenêtre applique ensuite chaque fois qu&apos;elle ouvre FICHIER.</translation>
    </message>
    <message>
        <source>Anonymise the candidates listed. Without it nothing is changed (a dry run).</source>
        <translation>Anonymiser les candidats listés. Sans cette option, rien n&apos;est modifié (simulation).</translation>
    </message>
    <message>
        <source>List names too (a dry run only). Without it the list holds ids and dates, no personal data.</source>
        <translation>Lister aussi les noms (en simulation seulement). Sans cette option, la liste contient des identifiants et des dates, aucune donnée personnelle.</translation>
    </message>
    <message>
        <source>Print the list as CSV for a spreadsheet.</source>
        <translation>Afficher la liste au format CSV, pour un tableur.</translation>
    </message>
    <message>
        <source>The day to judge by (default: today).</source>
        <translation>Le jour de référence (par défaut&#xa0;: aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message numerus="yes">
        <source>#%1  last activity %2  %n application(s)</source>
        <translation>
            <numerusform>n° %1  dernière activité %2  %n candidature</numerusform>
            <numerusform>n° %1  dernière activité %2  %n candidatures</numerusform>
        </translation>
    </message>
    <message>
        <source>  in the talent pool</source>
        <translation>  dans le vivier de talents</translation>
    </message>
    <message>
        <source>List the candidates the retention period makes due for anonymisation, or anonymise them (--apply)</source>
        <translation>Lister les candidats à anonymiser selon la durée de conservation, ou les anonymiser (--apply)</translation>
    </message>
    <message>
        <source>Usage: debrief-cli retention --db FILE [--period PERIOD [--save]] [--apply] [--names] [--csv] [--today YYYY-MM-DD]</source>
        <translation>Utilisation&#xa0;: debrief-cli retention --db FICHIER [--period DUREE [--save]] [--apply] [--names] [--csv] [--today AAAA-MM-JJ]</translation>
    </message>
    <message>
        <source>--save stores the --period given; give one.</source>
        <translation>--save enregistre la durée donnée avec --period&#xa0;; indiquez-en une.</translation>
    </message>
    <message>
        <source>--names is for a dry run: with --apply only ids are printed, so the output holds nothing of the people anonymised.</source>
        <translation>--names est réservé à la simulation&#xa0;: avec --apply, seuls les identifiants sont affichés, afin que la sortie ne contienne rien des personnes anonymisées.</translation>
    </message>
    <message>
        <source>Stored the retention period of %1 in %2.</source>
        <translation>Durée de conservation de %1 enregistrée dans %2.</translation>
    </message>
    <message>
        <source>%1 has no retention period: give one with --period (and --save to keep it), or set it in File › Data Protection….</source>
        <translation>%1 n&apos;a pas de durée de conservation&#xa0;: indiquez-en une avec --period (et --save pour l&apos;enregistrer), ou définissez-la dans Fichier › Protection des données….</translation>
    </message>
    <message>
        <source>Nobody&apos;s last activity was before %1 (retention period %2): nothing to anonymise.</source>
        <translation>Aucune dernière activité n&apos;est antérieure au %1 (durée de conservation de %2)&#xa0;: rien à anonymiser.</translation>
    </message>
    <message numerus="yes">
        <source>Anonymised %n candidate(s) whose last activity was before %1 (retention period %2): %3.</source>
        <translation>
            <numerusform>%n candidat anonymisé, dont la dernière activité est antérieure au %1 (durée de conservation de %2)&#xa0;: %3.</numerusform>
            <numerusform>%n candidats anonymisés, dont la dernière activité est antérieure au %1 (durée de conservation de %2)&#xa0;: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) of %1 would be anonymised: rejected or withdrawn, with no activity since before %2 (retention period %3).</source>
        <translation>
            <numerusform>%n candidat de %1 serait anonymisé&#xa0;: refusé ou désisté, sans activité depuis une date antérieure au %2 (durée de conservation de %3).</numerusform>
            <numerusform>%n candidats de %1 seraient anonymisés&#xa0;: refusés ou désistés, sans activité depuis une date antérieure au %2 (durée de conservation de %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed; --apply anonymises them.</source>
        <translation>Rien n&apos;a été modifié&#xa0;; --apply les anonymise.</translation>
    </message>
</context>
<context>
    <name>RetentionPeriod</name>
    <message>
        <source>“%1” is not a retention period: write a number of days, months or years such as 180d, 12m or 2y.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une durée de conservation&#xa0;: écrivez un nombre de jours, de mois ou d&apos;années suivi de d, m ou y, par exemple 180d, 12m ou 2y.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>A retention period is 1 to %1 days, not %2.</source>
        <translation>Une durée de conservation va de 1 à %1 jours, et non %2.</translation>
    </message>
    <message>
        <source>A retention period is 1 to %1 months, not %2.</source>
        <translation>Une durée de conservation va de 1 à %1 mois, et non %2.</translation>
    </message>
</context>
<context>
    <name>RetentionSettings</name>
    <message>
        <source>The retention period stored in %1 cannot be read: %2</source>
        <translation>La durée de conservation enregistrée dans %1 est illisible&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RowVersions</name>
    <message>
        <source>%1 in %2 was saved by someone else (or in another window) after you opened it. Nothing was overwritten: compare their version with yours and choose which to keep.</source>
        <translation>Après que vous avez ouvert %1 dans %2, une autre personne (ou une autre fenêtre) en a enregistré une nouvelle version. Rien n&apos;a été écrasé&#xa0;: comparez cette version avec la vôtre et choisissez celle à conserver.</translation>
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
    <message>
        <source>the weight must be at most %1, found %2</source>
        <translation>le poids doit être au plus %1&#xa0;; trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large; the largest allowed is %2</source>
        <translation>%1 est trop grand&#xa0;; le maximum autorisé est %2</translation>
    </message>
</context>
<context>
    <name>RubricMenu</name>
    <message>
        <source>Edit Rubric</source>
        <translation>Modifier la grille de critères</translation>
    </message>
    <message>
        <source>Edit &amp;Rubric…</source>
        <translation>Modifier la &amp;grille de critères…</translation>
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
    <name>RubricSourceLoader</name>
    <message>
        <source>“%1” has no rubric to copy yet: choose a template instead.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas encore de grille de critères à copier&#xa0;: choisissez plutôt un modèle.</translation>
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
    <message>
        <source>The weight of “%1” is %2: it can be at most %3.</source>
        <translation>Le poids de «&#xa0;%1&#xa0;» est %2&#xa0;: il ne peut pas dépasser %3.</translation>
    </message>
</context>
<context>
    <name>ScheduleCommand</name>
    <message>
        <source>Schedule a new interview for this application: its id in FILE, or its uuid.</source>
        <translation>Planifier un nouvel entretien pour cette candidature&#xa0;: son identifiant dans FICHIER, ou son UUID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Change this interview (or write its invitation): its id in FILE, or its uuid.</source>
        <translation>Modifier cet entretien (ou écrire son invitation)&#xa0;: son identifiant dans FICHIER, ou son UUID.</translation>
    </message>
    <message>
        <source>The round: its id, uuid or name (default: the first round the candidate has not had yet).</source>
        <translation>Le tour&#xa0;: son identifiant, son UUID ou son nom (par défaut&#xa0;: le premier tour que le candidat n&apos;a pas encore passé).</translation>
    </message>
    <message>
        <source>ROUND</source>
        <translation>TOUR</translation>
    </message>
    <message>
        <source>When it starts, on the clocks of --tz: &quot;YYYY-MM-DD HH:MM&quot;.</source>
        <translation>Début de l&apos;entretien, à l&apos;heure de --tz&#xa0;: «&#xa0;AAAA-MM-JJ HH:MM&#xa0;».</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>HEURE</translation>
    </message>
    <message>
        <source>The time zone of --at and of the output, an IANA name such as Europe/Berlin (default: this computer&apos;s).</source>
        <translation>Le fuseau horaire de --at et de la sortie, un nom IANA comme Europe/Paris (par défaut&#xa0;: celui de cet ordinateur).</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>FUSEAU</translation>
    </message>
    <message>
        <source>How long it lasts, in minutes (default: the round&apos;s).</source>
        <translation>Sa durée, en minutes (par défaut&#xa0;: celle du tour).</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTES</translation>
    </message>
    <message>
        <source>Where: a room, an address or a phone number.</source>
        <translation>Lieu&#xa0;: une salle, une adresse ou un numéro de téléphone.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>The video call&apos;s web address.</source>
        <translation>L&apos;adresse web de la visioconférence.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>A panelist on the interview (id or uuid); repeat it, or separate with commas (default: the round&apos;s panel).</source>
        <translation>Un membre du jury de l&apos;entretien (identifiant ou UUID)&#xa0;; répétez l&apos;option ou séparez les valeurs par des virgules (par défaut&#xa0;: le jury du tour).</translation>
    </message>
    <message>
        <source>Cancel the interview given by --interview (needs --reason).</source>
        <translation>Annuler l&apos;entretien indiqué par --interview (nécessite --reason).</translation>
    </message>
    <message>
        <source>Why the interview is cancelled.</source>
        <translation>Pourquoi l&apos;entretien est annulé.</translation>
    </message>
    <message>
        <source>Also write the interview&apos;s calendar invitation to this file (readable by you only).</source>
        <translation>Écrire aussi l&apos;invitation de calendrier de l&apos;entretien dans ce fichier (lisible par vous seul).</translation>
    </message>
    <message>
        <source>FILE.ics</source>
        <translation>FICHIER.ics</translation>
    </message>
    <message>
        <source>--round: the opening has no round “%1” (its rounds: %2).</source>
        <translation>--round&#xa0;: le poste n&apos;a pas de tour «&#xa0;%1&#xa0;» (ses tours&#xa0;: %2).</translation>
    </message>
    <message>
        <source>--duration takes a number of minutes.</source>
        <translation>--duration attend un nombre de minutes.</translation>
    </message>
    <message>
        <source>--panelist takes numbers or uuids.</source>
        <translation>--panelist attend des nombres ou des UUID.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 interview %2 (%3): %4, %5, %n minute(s)</source>
        <translation>
            <numerusform>Entretien %2 (%3) %1&#xa0;: %4, %5, %n minute</numerusform>
            <numerusform>Entretien %2 (%3) %1&#xa0;: %4, %5, %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n panelist(s).</source>
        <translation>
            <numerusform>%n membre du jury.</numerusform>
            <numerusform>%n membres du jury.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the invitation (%1, sequence %2) to %3</source>
        <translation>Invitation (%1, séquence %2) écrite dans %3</translation>
    </message>
    <message>
        <source>--at: say when the interview starts, for example --at &quot;2026-03-02 09:30&quot;.</source>
        <translation>--at&#xa0;: indiquez quand l&apos;entretien commence, par exemple --at &quot;2026-03-02 09:30&quot;.</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>planifié</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>reprogrammé</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>Schedule, move or cancel an interview, or write its calendar invitation (.ics)</source>
        <translation>Planifier, déplacer ou annuler un entretien, ou écrire son invitation de calendrier (.ics)</translation>
    </message>
    <message>
        <source>Usage: debrief-cli schedule --db FILE --application ID --at &quot;YYYY-MM-DD HH:MM&quot; [--tz ZONE] [--round ROUND] [--duration MINUTES] [--location TEXT] [--video-link URL] [--panelist ID]... [--ics FILE.ics]
       debrief-cli schedule --db FILE --interview ID [--at TIME] [--tz ZONE] [--round ROUND] [--duration MINUTES] [--location TEXT] [--video-link URL] [--panelist ID]... [--ics FILE.ics]
       debrief-cli schedule --db FILE --interview ID --cancel --reason TEXT [--ics FILE.ics]
       debrief-cli schedule --db FILE --interview ID --ics FILE.ics</source>
        <translation>Utilisation&#xa0;: debrief-cli schedule --db FICHIER --application ID --at &quot;AAAA-MM-JJ HH:MM&quot; [--tz FUSEAU] [--round TOUR] [--duration MINUTES] [--location TEXTE] [--video-link URL] [--panelist ID]... [--ics FICHIER.ics]
              debrief-cli schedule --db FICHIER --interview ID [--at HEURE] [--tz FUSEAU] [--round TOUR] [--duration MINUTES] [--location TEXTE] [--video-link URL] [--panelist ID]... [--ics FICHIER.ics]
              debrief-cli schedule --db FICHIER --interview ID --cancel --reason TEXTE [--ics FICHIER.ics]
              debrief-cli schedule --db FICHIER --interview ID --ics FICHIER.ics</translation>
    </message>
    <message>
        <source>Give --application to schedule a new interview, or --interview to change one or write its invitation.</source>
        <translation>Indiquez --application pour planifier un nouvel entretien, ou --interview pour en modifier un ou écrire son invitation.</translation>
    </message>
    <message>
        <source>--cancel takes an --interview, a --reason and perhaps --ics, nothing else.</source>
        <translation>--cancel s&apos;utilise avec --interview, --reason et éventuellement --ics, rien d&apos;autre.</translation>
    </message>
    <message>
        <source>--reason goes with --cancel.</source>
        <translation>--reason s&apos;utilise avec --cancel.</translation>
    </message>
    <message>
        <source>Say what to change (--at, --round, …), --cancel it, or --ics FILE to write its invitation.</source>
        <translation>Indiquez ce qu&apos;il faut modifier (--at, --round, …), --cancel pour l&apos;annuler, ou --ics FICHIER pour écrire son invitation.</translation>
    </message>
    <message>
        <source>--tz: unknown time zone “%1”; give an IANA name such as Europe/Berlin.</source>
        <translation>--tz&#xa0;: fuseau horaire «&#xa0;%1&#xa0;» inconnu&#xa0;; indiquez un nom IANA comme Europe/Paris.</translation>
    </message>
    <message>
        <source>--application takes a number or a uuid.</source>
        <translation>--application attend un nombre ou un UUID.</translation>
    </message>
    <message>
        <source>--interview takes a number or a uuid.</source>
        <translation>--interview attend un nombre ou un UUID.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an option, then what is wrong with it</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SchedulingMenu</name>
    <message>
        <source>Debrief</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <source>%1 with %2 on %3</source>
        <translation>%1 avec %2 le %3</translation>
    </message>
    <message>
        <source>Save Invitation</source>
        <translation>Enregistrer l&apos;invitation</translation>
    </message>
    <message>
        <source>Calendar invitations (*.ics)</source>
        <translation>Invitations de calendrier (*.ics)</translation>
    </message>
    <message>
        <source>Saved the invitation to %1 (readable by you only).</source>
        <translation>Invitation enregistrée dans %1 (lisible par vous seul).</translation>
    </message>
    <message>
        <source>Sc&amp;hedule Interview…</source>
        <translation>Planifier &amp;un entretien…</translation>
    </message>
    <message>
        <source>Schedule an interview for the candidate on display.</source>
        <translation>Planifier un entretien pour le candidat affiché.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>No candidate in process in an opening with interview rounds.</source>
        <translation>Aucun candidat en lice dans un poste ayant des tours d&apos;entretiens.</translation>
    </message>
</context>
<context>
    <name>ScoreReveal</name>
    <message>
        <source>Only the panel lead of “%1” can reveal scores to the panel.</source>
        <translation>Seul le responsable du jury de «&#xa0;%1&#xa0;» peut révéler les notes au jury.</translation>
    </message>
    <message>
        <source>The panel lead revealed all submitted scorecards to the panel.</source>
        <translation>Le responsable du jury a révélé au jury toutes les grilles d&apos;évaluation soumises.</translation>
    </message>
</context>
<context>
    <name>ScoreViewer</name>
    <message>
        <source>nobody on the panel, since no one was named and the opening has no panel lead</source>
        <translation>une personne extérieure au jury, car personne n&apos;a été désigné et le poste n&apos;a pas de responsable du jury</translation>
    </message>
    <message>
        <source>nobody on the panel</source>
        <translation>une personne extérieure au jury</translation>
    </message>
    <message>
        <source>%1, the panel lead, since no one was named</source>
        <translation>%1, responsable du jury, car personne n&apos;a été désigné</translation>
    </message>
    <message>
        <source>Blind scoring: the scores as seen by %1.</source>
        <translation>Notation à l&apos;aveugle&#xa0;: les notes telles que les voit %1.</translation>
    </message>
</context>
<context>
    <name>ScorecardComparison</name>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1: score</source>
        <translation>%1&#xa0;: note</translation>
    </message>
    <message>
        <source>%1: evidence</source>
        <translation>%1&#xa0;: éléments factuels</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation>Points clés</translation>
    </message>
</context>
<context>
    <name>ScorecardPackageExporter</name>
    <message>
        <source>Scorecard %1 rates criterion #%2, which is not part of its rubric.</source>
        <translation>La grille d&apos;évaluation %1 note le critère n° %2, qui ne fait pas partie de sa grille de critères.</translation>
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
    <message>
        <source>this file was written by a newer Debrief (format version %1); this version reads up to %2</source>
        <translation>ce fichier a été écrit par une version plus récente de Debrief (version de format %1)&#xa0;; cette version lit jusqu&apos;à la version %2</translation>
    </message>
    <message>
        <source>interview %1 on %2 (uuid %3)</source>
        <translation>entretien %1 du %2 (UUID %3)</translation>
    </message>
</context>
<context>
    <name>ScorecardRepository</name>
    <message>
        <source>There is no scorecard with id %1.</source>
        <translation>Il n&apos;existe aucune grille d&apos;évaluation avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Scorecard %1 in %2 has been submitted and is locked: it can only be changed by an amendment with a reason, which the audit log keeps.</source>
        <translation>La grille d&apos;évaluation %1 dans %2 a été soumise et est verrouillée&#xa0;: elle ne peut être changée que par une modification motivée, que conserve le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Scorecard %1</source>
        <translation>la grille d&apos;évaluation %1</translation>
    </message>
</context>
<context>
    <name>ScorecardSheet</name>
    <message>
        <source>The opening has no rubric yet; set one up before scoring.</source>
        <translation>Le poste n&apos;a pas encore de grille de critères&#xa0;; créez-en une avant de noter.</translation>
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
    <message>
        <source>This scorecard has been submitted; it can only be changed by an amendment with a reason.</source>
        <translation>Cette grille d&apos;évaluation a été soumise&#xa0;; elle ne peut être changée que par une modification motivée.</translation>
    </message>
    <message>
        <source>Interview %1 was cancelled: nobody owes a scorecard for it.</source>
        <translation>L&apos;entretien %1 a été annulé&#xa0;: personne ne doit de grille d&apos;évaluation pour lui.</translation>
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
    <name>SendAnywayQuestion</name>
    <message>
        <source>Send Anyway?</source>
        <translation>Envoyer quand même&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>The tone check still has %n finding(s) in this message:</source>
        <translation>
            <numerusform>La vérification du ton signale encore %n remarque dans ce message&#xa0;:</numerusform>
            <numerusform>La vérification du ton signale encore %n remarques dans ce message&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Send it anyway? If you do, the message is logged with these findings.</source>
        <translation>L&apos;envoyer quand même&#xa0;? Si oui, le message est consigné avec ces remarques.</translation>
    </message>
    <message>
        <source>Send Anyway</source>
        <translation>Envoyer quand même</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <source>• %1: “%2”</source>
        <comment>a tone finding&apos;s category, then the flagged words</comment>
        <translation>• %1&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ServerAddPanelistCommand</name>
    <message>
        <source>Give a panelist a login on a panel server (optionally as an opening&apos;s lead) and print its one-time password</source>
        <translation>Donner à un membre du jury un compte de connexion sur un serveur de jury (éventuellement comme responsable du jury d&apos;un poste) et afficher son mot de passe à usage unique</translation>
    </message>
    <message>
        <source>Usage: debrief-cli server-add-panelist --db postgresql://ADMIN@HOST/DATABASE --panelist PANELIST [--login NAME] [--lead-of OPENING]</source>
        <translation>Utilisation&#xa0;: debrief-cli server-add-panelist --db postgresql://ADMIN@HOTE/BASE --panelist MEMBRE_DU_JURY [--login NOM] [--lead-of POSTE] (BASE&#xa0;: nom de la base de données)</translation>
    </message>
    <message>
        <source>The panelist: their id, uuid or e-mail address.</source>
        <translation>Le membre du jury&#xa0;: son identifiant, son UUID ou son adresse e-mail.</translation>
    </message>
    <message>
        <source>PANELIST</source>
        <translation>MEMBRE_DU_JURY</translation>
    </message>
    <message>
        <source>The login role&apos;s name: a-z, 0-9 and _. Default: the e-mail address&apos;s local part.</source>
        <translation>Le nom du rôle de connexion&#xa0;: a-z, 0-9 et _. Par défaut&#xa0;: la partie locale de l&apos;adresse e-mail.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Make the panelist the lead of this opening (id or uuid); they must sit on its panel.</source>
        <translation>Faire du membre du jury le responsable du jury de ce poste (identifiant ou UUID)&#xa0;; il doit siéger à son jury.</translation>
    </message>
    <message>
        <source>OPENING</source>
        <translation>POSTE</translation>
    </message>
    <message>
        <source>--lead-of takes an opening&apos;s id or uuid.</source>
        <translation>--lead-of attend l&apos;identifiant ou l&apos;UUID d&apos;un poste.</translation>
    </message>
    <message>
        <source>Panelist %1 has no e-mail address to name a login after: give one with --login.</source>
        <translation>Le membre du jury %1 n&apos;a pas d&apos;adresse e-mail dont tirer le nom du compte de connexion&#xa0;: indiquez-le avec --login.</translation>
    </message>
    <message>
        <source>Login %1 of panelist %2 has a new password.</source>
        <translation>Le compte de connexion %1 du membre du jury %2 a un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Panelist %2 logs in to the server as %1.</source>
        <translation>Le membre du jury %2 se connecte au serveur en tant que %1.</translation>
    </message>
    <message>
        <source>They lead opening %1.</source>
        <translation>Responsable du jury du poste %1.</translation>
    </message>
    <message>
        <source>One-time password (shown only now): %1</source>
        <translation>Mot de passe à usage unique (affiché cette seule fois)&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>%1 is not a server address Debrief can use: %2. Write it as postgresql://user@host:port/database?sslmode=verify-full.</source>
        <translation>%1 n’est pas une adresse de serveur utilisable par Debrief&#xa0;: %2. Écrivez-la sous la forme postgresql://utilisateur@hôte:port/base?sslmode=verify-full, où «&#xa0;base&#xa0;» est le nom de la base de données.</translation>
    </message>
    <message>
        <source>it does not start with postgresql://</source>
        <translation>elle ne commence pas par postgresql://</translation>
    </message>
    <message>
        <source>it names no host</source>
        <translation>elle ne nomme aucun hôte</translation>
    </message>
    <message>
        <source>port 0 is not a port</source>
        <translation>le port 0 n’est pas un port</translation>
    </message>
    <message>
        <source>it names no user (user@host)</source>
        <translation>elle ne nomme aucun utilisateur (utilisateur@hôte)</translation>
    </message>
    <message>
        <source>it names no database (…/database after the host)</source>
        <translation>elle ne nomme aucune base de données (…/base après l’hôte)</translation>
    </message>
    <message>
        <source>sslmode must be one of %1, not “%2”</source>
        <translation>sslmode doit être l’une des valeurs %1, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Debrief does not know the option “%1”</source>
        <translation>Debrief ne connaît pas l’option «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ServerCommandLine</name>
    <message>
        <source>Logins, roles and row-level security exist only on a panel server: give --db as postgresql://ADMIN@HOST:PORT/DATABASE.</source>
        <translation>Les comptes de connexion, les rôles et la sécurité au niveau des lignes n&apos;existent que sur un serveur de jury&#xa0;: indiquez pour --db une base de données sous la forme postgresql://ADMIN@HOTE:PORT/BASE.</translation>
    </message>
</context>
<context>
    <name>ServerErrors</name>
    <message>
        <source>Cannot reach the Debrief server at %1: nothing answers there (%2). Check the host name and the port, that the server is running, and that your network or VPN is up.</source>
        <translation>Impossible de joindre le serveur Debrief à l&apos;adresse %1&#xa0;: rien n&apos;y répond (%2). Vérifiez le nom d&apos;hôte et le port, que le serveur est en marche et que votre réseau ou VPN est actif.</translation>
    </message>
    <message>
        <source>The server at %1 refused the login of “%2”: the password is wrong, or the server has no user of that name. Check both, or ask whoever runs the server.</source>
        <translation>Le serveur %1 a refusé la connexion de «&#xa0;%2&#xa0;»&#xa0;: le mot de passe est erroné, ou le serveur n&apos;a aucun utilisateur de ce nom. Vérifiez les deux, ou demandez à la personne qui administre le serveur.</translation>
    </message>
    <message>
        <source>The server may not offer TLS at all; ask whoever runs it.</source>
        <translation>Le serveur n&apos;offre peut-être pas du tout TLS&#xa0;; demandez à la personne qui l&apos;administre.</translation>
    </message>
    <message>
        <source>Check that the CA file is the one that signed the server&apos;s certificate.</source>
        <translation>Vérifiez que le fichier CA est bien celui qui a signé le certificat du serveur.</translation>
    </message>
    <message>
        <source>Check that the CA file is the one that signed the server&apos;s certificate and that the certificate is made out to the host “%1”.</source>
        <translation>Vérifiez que le fichier CA est bien celui qui a signé le certificat du serveur et que le certificat est établi au nom de l&apos;hôte «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The secure connection (TLS mode %1) to %2 failed: %3. %4</source>
        <translation>La connexion sécurisée (mode TLS %1) à %2 a échoué&#xa0;: %3. %4</translation>
    </message>
    <message>
        <source>The server at %1 has no database “%2”. Check the name, or ask whoever runs the server which database the panel uses.</source>
        <translation>Le serveur %1 n&apos;a pas de base de données «&#xa0;%2&#xa0;». Vérifiez le nom, ou demandez à la personne qui administre le serveur quelle base de données le jury utilise.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The connection to the server %1 was lost: the server restarted, the network dropped, or an administrator ended the session.</source>
        <translation>La connexion au serveur %1 a été perdue&#xa0;: le serveur a redémarré, le réseau a été coupé ou un administrateur a mis fin à la session.</translation>
    </message>
    <message>
        <source>The database on %1 was set up by a newer version of Debrief (schema %2; this version knows up to %3). Update Debrief to connect to it; nothing on the server was changed.</source>
        <translation>La base de données sur %1 a été configurée par une version plus récente de Debrief (schéma %2&#xa0;; cette version connaît les schémas jusqu&apos;à %3). Mettez Debrief à jour pour vous y connecter&#xa0;; rien n&apos;a été modifié sur le serveur.</translation>
    </message>
    <message>
        <source>The database on %1 is not set up for Debrief yet, and your login may not set it up. Ask your administrator to run `debrief-cli server-init --db postgresql://ADMIN@HOST/DATABASE` on it; nothing on the server was changed.</source>
        <translation>La base de données sur %1 n&apos;est pas encore configurée pour Debrief, et votre compte de connexion n&apos;a pas le droit de la configurer. Demandez à votre administrateur d&apos;y exécuter `debrief-cli server-init --db postgresql://ADMIN@HOTE/BASE` (BASE&#xa0;: nom de la base de données)&#xa0;; rien n&apos;a été modifié sur le serveur.</translation>
    </message>
    <message>
        <source>This server&apos;s database (%1) is at schema version %2; this version of Debrief needs %3, and your login may not upgrade it. Ask your administrator to run `debrief-cli server-init --db postgresql://ADMIN@HOST/DATABASE` with this version of Debrief: it upgrades the database and sets up its roles and policies again. Nothing on the server was changed.</source>
        <translation>La base de données de ce serveur (%1) est à la version de schéma %2&#xa0;; cette version de Debrief nécessite la version %3, et votre compte de connexion n&apos;a pas le droit de la mettre à jour. Demandez à votre administrateur d&apos;exécuter `debrief-cli server-init --db postgresql://ADMIN@HOTE/BASE` (BASE&#xa0;: nom de la base de données) avec cette version de Debrief&#xa0;: la commande met à jour la base de données et configure de nouveau ses rôles et ses règles d&apos;accès. Rien n&apos;a été modifié sur le serveur.</translation>
    </message>
    <message>
        <source>The server %1 refused this change: your login has no right to make it. On a panel server the schedule, the decision, revealing scores and the panel are the panel lead&apos;s, and nobody changes another panelist&apos;s scorecard or the audit trail. Nothing was changed.</source>
        <translation>Le serveur %1 a refusé cette modification&#xa0;: votre compte de connexion n&apos;a pas le droit de la faire. Sur un serveur de jury, planifier les entretiens, consigner la décision, révéler les notes et composer le jury reviennent au responsable du jury, et personne ne modifie la grille d&apos;évaluation d&apos;un autre membre du jury ni le journal d&apos;audit. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>ServerInit</name>
    <message>
        <source>%1 is a file: only a PostgreSQL server has login roles and row-level security.</source>
        <translation>%1 est un fichier&#xa0;: seul un serveur PostgreSQL a des rôles de connexion et la sécurité au niveau des lignes.</translation>
    </message>
    <message>
        <source>The role %1 already exists on %2 and can log in, so it cannot be one of Debrief&apos;s group roles. Rename or drop it, then run server-init again.</source>
        <translation>Le rôle %1 existe déjà sur %2 et peut se connecter&#xa0;: il ne peut donc pas être l&apos;un des rôles de groupe de Debrief. Renommez-le ou supprimez-le, puis relancez server-init.</translation>
    </message>
</context>
<context>
    <name>ServerInitCommand</name>
    <message>
        <source>Set up a PostgreSQL database as a shared panel server: schema, roles and row-level security (may run again)</source>
        <translation>Configurer une base de données PostgreSQL comme serveur de jury partagé&#xa0;: schéma, rôles et sécurité au niveau des lignes (peut être relancé)</translation>
    </message>
    <message>
        <source>Usage: debrief-cli server-init --db postgresql://ADMIN@HOST:PORT/DATABASE</source>
        <translation>Utilisation&#xa0;: debrief-cli server-init --db postgresql://ADMIN@HOTE:PORT/BASE (BASE&#xa0;: nom de la base de données)</translation>
    </message>
    <message>
        <source>%1 is set up as a panel server: schema %2, the roles %3, %4 and %5, and row-level security. Add panelists with debrief-cli server-add-panelist.</source>
        <translation>%1 est configuré comme serveur de jury&#xa0;: schéma %2, les rôles %3, %4 et %5, et la sécurité au niveau des lignes. Ajoutez des membres du jury avec debrief-cli server-add-panelist.</translation>
    </message>
</context>
<context>
    <name>ServerPermissions</name>
    <message>
        <source>Only the opening&apos;s panel lead (or the server&apos;s administrator) can schedule, move or cancel interviews on this server. Nothing was changed.</source>
        <translation>Sur ce serveur, seul le responsable du jury du poste (ou l&apos;administrateur du serveur) peut planifier, reprogrammer ou annuler des entretiens. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Only the opening&apos;s panel lead (or the server&apos;s administrator) can record or change the decision on this server. Nothing was changed.</source>
        <translation>Sur ce serveur, seul le responsable du jury du poste (ou l&apos;administrateur du serveur) peut consigner ou modifier la décision. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Only the opening&apos;s panel lead (or the server&apos;s administrator) can change its set-up and who sits on its panel on this server. Nothing was changed.</source>
        <translation>Sur ce serveur, seul le responsable du jury du poste (ou l&apos;administrateur du serveur) peut modifier sa configuration et la composition de son jury. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>ServerStartup</name>
    <message>
        <source>Debrief</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <source>Debrief cannot start on the panel&apos;s server, and it does not work offline. Open a local database file instead, or connect to the server again once it can be reached.</source>
        <translation>Debrief ne peut pas démarrer sur le serveur du jury et ne fonctionne pas hors ligne. Ouvrez plutôt un fichier de base de données local, ou reconnectez-vous au serveur dès qu&apos;il est joignable.</translation>
    </message>
    <message>
        <source>Open a &amp;Local File…</source>
        <translation>Ouvrir un fichier &amp;local…</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Se connecter au &amp;serveur…</translation>
    </message>
</context>
<context>
    <name>ServerTransferCommand</name>
    <message>
        <source>Copy a database file to an empty panel server, keeping every id</source>
        <translation>Copier un fichier de base de données vers un serveur de jury vide, en conservant tous les identifiants</translation>
    </message>
    <message>
        <source>Copy a panel server&apos;s database into a new file, keeping every id</source>
        <translation>Copier la base de données d&apos;un serveur de jury dans un nouveau fichier, en conservant tous les identifiants</translation>
    </message>
    <message>
        <source>Usage: debrief-cli server-push --db FILE --to URI</source>
        <translation>Utilisation&#xa0;: debrief-cli server-push --db FICHIER --to URI</translation>
    </message>
    <message>
        <source>Usage: debrief-cli server-pull --db URI --to FILE</source>
        <translation>Utilisation&#xa0;: debrief-cli server-pull --db URI --to FICHIER</translation>
    </message>
    <message>
        <source>The database file to copy. It is only read, never changed.</source>
        <translation>Le fichier de base de données à copier. Il est seulement lu, jamais modifié.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>The server database to copy, as postgresql://user@host:port/database. It is only read.</source>
        <translation>La base de données du serveur à copier, sous la forme postgresql://utilisateur@hôte:port/base. Elle est seulement lue.</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>The server database to copy into, as postgresql://user@host:port/database. It must exist and hold no Debrief data; its tables are created when missing.</source>
        <translation>La base de données du serveur dans laquelle copier, sous la forme postgresql://utilisateur@hôte:port/base. Elle doit exister et ne contenir aucune donnée Debrief&#xa0;; ses tables sont créées si elles manquent.</translation>
    </message>
    <message>
        <source>The new database file, readable by you only. An existing file that is not empty is refused.</source>
        <translation>Le nouveau fichier de base de données, lisible par vous seul. Un fichier existant non vide est refusé.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n opening(s) (%1 rows, every id and uuid kept) from %2 to %3.</source>
        <translation>
            <numerusform>%n poste copié (%1 lignes, tous les identifiants et UUID conservés) de %2 vers %3.</numerusform>
            <numerusform>%n postes copiés (%1 lignes, tous les identifiants et UUID conservés) de %2 vers %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionPanelist</name>
    <message>
        <source>%1 is a file: who is scoring is chosen there, not given by a login.</source>
        <translation>%1 est un fichier&#xa0;: la personne qui note y est choisie, et non déterminée par un compte de connexion.</translation>
    </message>
    <message>
        <source>Cannot read the login of the connection to %1.</source>
        <translation>Impossible de lire le compte de la connexion à %1.</translation>
    </message>
    <message>
        <source>%1 is not set up as a panel server yet: its administrator runs debrief-cli server-init on it first.</source>
        <translation>%1 n&apos;est pas encore configuré comme serveur de jury&#xa0;: son administrateur doit d&apos;abord y exécuter debrief-cli server-init.</translation>
    </message>
    <message>
        <source>The login %1 on %2 is not linked to any panelist. The server&apos;s administrator links it with debrief-cli server-add-panelist.</source>
        <translation>Le compte de connexion %1 sur %2 n&apos;est lié à aucun membre du jury. L&apos;administrateur du serveur le lie avec debrief-cli server-add-panelist.</translation>
    </message>
</context>
<context>
    <name>SetRetentionPeriodCommand</name>
    <message>
        <source>Set retention period to %1</source>
        <translation>Fixer la durée de conservation à %1</translation>
    </message>
    <message>
        <source>Remove retention period</source>
        <translation>Supprimer la durée de conservation</translation>
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
    <name>TableCopy</name>
    <message>
        <source>The table &quot;%1&quot; in %2 has a column &quot;%3&quot; that this version of Debrief cannot copy; nothing was copied.</source>
        <translation>La table «&#xa0;%1&#xa0;» de %2 a une colonne «&#xa0;%3&#xa0;» que cette version de Debrief ne sait pas copier&#xa0;; rien n&apos;a été copié.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; in %2 lacks the column &quot;%3&quot;; nothing was copied.</source>
        <translation>Il manque à la table «&#xa0;%1&#xa0;» de %2 la colonne «&#xa0;%3&#xa0;»&#xa0;; rien n&apos;a été copié.</translation>
    </message>
    <message>
        <source>%1 refused a row of the table &quot;%2&quot; (one of those from key %3 on), so nothing was copied: %4</source>
        <translation>%1 a refusé une ligne de la table «&#xa0;%2&#xa0;» (l&apos;une de celles à partir de la clé %3)&#xa0;; rien n&apos;a donc été copié&#xa0;: %4</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was copied.</source>
        <translation>La copie a été annulée&#xa0;; rien n&apos;a été copié.</translation>
    </message>
</context>
<context>
    <name>TableLayout</name>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
</context>
<context>
    <name>TalentPoolMatcher</name>
    <message>
        <source>Rated strong on “%1” (%2 of %3), which this opening assesses.</source>
        <translation>Bien noté sur «&#xa0;%1&#xa0;» (%2 sur %3), un critère que ce poste évalue.</translation>
    </message>
    <message>
        <source>Came from “%1”, a similar role (%2).</source>
        <translation>A postulé à «&#xa0;%1&#xa0;», un poste similaire (%2).</translation>
    </message>
    <message>
        <source>Applied to the same team, %1.</source>
        <translation>A postulé dans la même équipe, %1.</translation>
    </message>
</context>
<context>
    <name>TalentPoolMenu</name>
    <message>
        <source>Talent Pool</source>
        <translation>Vivier de talents</translation>
    </message>
    <message>
        <source>&amp;Talent Pool</source>
        <translation>&amp;Vivier de talents</translation>
    </message>
    <message>
        <source>Everyone the panel would happily hire for another role.</source>
        <translation>Toutes les personnes que le jury recruterait volontiers pour un autre poste.</translation>
    </message>
</context>
<context>
    <name>TemplateFields</name>
    <message>
        <source>How the candidate likes to be addressed: the preferred name, else the first word of the full name.</source>
        <translation>Comment le candidat souhaite être appelé&#xa0;: le prénom d&apos;usage, sinon le premier mot du nom complet.</translation>
    </message>
    <message>
        <source>The candidate&apos;s full name.</source>
        <translation>Le nom complet du candidat.</translation>
    </message>
    <message>
        <source>The opening&apos;s job title.</source>
        <translation>L&apos;intitulé du poste.</translation>
    </message>
    <message>
        <source>The team the opening is in (may be empty).</source>
        <translation>L&apos;équipe dont relève le poste (peut être vide).</translation>
    </message>
    <message>
        <source>The furthest stage the candidate reached, in the template&apos;s language.</source>
        <translation>L&apos;étape la plus avancée atteinte par le candidat, dans la langue du modèle.</translation>
    </message>
    <message>
        <source>Who signs the message: the hiring manager for a finalist, else the panel lead.</source>
        <translation>Qui signe le message&#xa0;: le responsable du recrutement pour un finaliste, sinon le responsable du jury.</translation>
    </message>
    <message>
        <source>The sender&apos;s role (may be empty).</source>
        <translation>La fonction de l&apos;expéditeur (peut être vide).</translation>
    </message>
    <message>
        <source>Today&apos;s date, written for the template&apos;s language.</source>
        <translation>La date du jour, écrite selon la langue du modèle.</translation>
    </message>
    <message>
        <source>The date the candidate applied (may be empty).</source>
        <translation>La date de candidature du candidat (peut être vide).</translation>
    </message>
    <message>
        <source>The date of the candidate&apos;s last interview (may be empty).</source>
        <translation>La date du dernier entretien du candidat (peut être vide).</translation>
    </message>
    <message>
        <source>A paragraph naming the candidate&apos;s strongest criteria from the submitted scorecards, as the sender accepted or edited it.</source>
        <translation>Un paragraphe citant les critères les plus forts du candidat d&apos;après les grilles d&apos;évaluation soumises, tel que l&apos;expéditeur l&apos;a accepté ou modifié.</translation>
    </message>
    <message>
        <source>The criteria that decided between the finalists; filled only when the decision record allows sharing them.</source>
        <translation>Les critères qui ont départagé les finalistes&#xa0;; renseigné uniquement si la décision consignée permet de les communiquer.</translation>
    </message>
    <message>
        <source>The panel marked the candidate for the talent pool: only then may the message mention future openings.</source>
        <translation>Le jury a placé le candidat dans le vivier de talents&#xa0;: ce n&apos;est qu&apos;alors que le message peut évoquer de futurs postes.</translation>
    </message>
    <message>
        <source>The decision record allows telling this finalist what decided it.</source>
        <translation>La décision consignée permet d&apos;indiquer à ce finaliste ce qui a été déterminant.</translation>
    </message>
    <message>
        <source>The sender offers a call to talk about the decision.</source>
        <translation>L&apos;expéditeur propose un appel pour parler de la décision.</translation>
    </message>
    <message>
        <source>The strengths paragraph is not empty.</source>
        <translation>Le paragraphe sur les points forts n&apos;est pas vide.</translation>
    </message>
    <message>
        <source>The candidate reached the final round.</source>
        <translation>Le candidat a atteint le tour final.</translation>
    </message>
</context>
<context>
    <name>TemplateMenu</name>
    <message>
        <source>Message Templates</source>
        <translation>Modèles de messages</translation>
    </message>
    <message>
        <source>Message &amp;Templates…</source>
        <translation>&amp;Modèles de messages…</translation>
    </message>
    <message>
        <source>Edit the rejection templates for each language and stage reached.</source>
        <translation>Modifier les modèles de refus pour chaque langue et chaque étape atteinte.</translation>
    </message>
</context>
<context>
    <name>TemplateParser</name>
    <message>
        <source>Line %1, column %2: %3.</source>
        <translation>Ligne %1, colonne %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4.</source>
        <translation>%1, ligne %2, colonne %3&#xa0;: %4.</translation>
    </message>
    <message>
        <source>“}}” without an opening “{{”</source>
        <translation>«&#xa0;}}&#xa0;» sans «&#xa0;{{&#xa0;» ouvrant</translation>
    </message>
    <message>
        <source>“{{” is not closed by “}}” on the same line</source>
        <translation>«&#xa0;{{&#xa0;» n&apos;est pas fermé par «&#xa0;}}&#xa0;» sur la même ligne</translation>
    </message>
    <message>
        <source>an empty tag “{{}}”</source>
        <translation>une balise vide «&#xa0;{{}}&#xa0;»</translation>
    </message>
    <message>
        <source>unknown closing tag “%1”; use {{/if}} or {{/unless}}</source>
        <translation>balise fermante inconnue «&#xa0;%1&#xa0;»&#xa0;; utilisez {{/if}} ou {{/unless}}</translation>
    </message>
    <message>
        <source>unknown tag “%1”; use {{#if …}}, {{#unless …}}, {{else}} or {{/if}}</source>
        <translation>balise inconnue «&#xa0;%1&#xa0;»&#xa0;; utilisez {{#if …}}, {{#unless …}}, {{else}} ou {{/if}}</translation>
    </message>
    <message>
        <source>{{#%1}} needs the name of a flag</source>
        <translation>{{#%1}} nécessite le nom d&apos;un indicateur</translation>
    </message>
    <message>
        <source>unknown flag “%1” (flags: %2)</source>
        <translation>indicateur inconnu «&#xa0;%1&#xa0;» (indicateurs&#xa0;: %2)</translation>
    </message>
    <message>
        <source>“%1” is a flag, not a text: use it as {{#if %1}}…{{/if}}</source>
        <translation>«&#xa0;%1&#xa0;» est un indicateur, pas un texte&#xa0;: utilisez-le sous la forme {{#if %1}}…{{/if}}</translation>
    </message>
    <message>
        <source>unknown placeholder “%1” (placeholders: %2)</source>
        <translation>variable inconnue «&#xa0;%1&#xa0;» (variables&#xa0;: %2)</translation>
    </message>
    <message>
        <source>“%1” is never closed; add “%2”</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est jamais fermé&#xa0;; ajoutez «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>{{else}} outside an {{#if}} or {{#unless}} section</source>
        <translation>{{else}} en dehors d&apos;une section {{#if}} ou {{#unless}}</translation>
    </message>
    <message>
        <source>a second {{else}} in “%1” (line %2, column %3)</source>
        <translation>un second {{else}} dans «&#xa0;%1&#xa0;» (ligne %2, colonne %3)</translation>
    </message>
    <message>
        <source>“%1” closes no open section</source>
        <translation>«&#xa0;%1&#xa0;» ne ferme aucune section ouverte</translation>
    </message>
    <message>
        <source>“%1” does not match “%2” opened at line %3, column %4</source>
        <translation>«&#xa0;%1&#xa0;» ne correspond pas à «&#xa0;%2&#xa0;» ouvert à la ligne %3, colonne %4</translation>
    </message>
</context>
<context>
    <name>TieDetector</name>
    <message>
        <source>Tie detection needs at least %1 resamples, not %2.</source>
        <translation>La détection des égalités nécessite au moins %1 rééchantillonnages, et non %2.</translation>
    </message>
    <message>
        <source>The tie threshold must lie above 0.5 and at most 1, not %1.</source>
        <translation>Le seuil d&apos;égalité doit être supérieur à 0,5 et au plus égal à 1, et non %1.</translation>
    </message>
    <message>
        <source>The interval level must lie between 0 and 1, not %1.</source>
        <translation>Le niveau de l&apos;intervalle doit être compris entre 0 et 1, et non %1.</translation>
    </message>
    <message>
        <source>%1 ahead of %2 (P = %3)</source>
        <translation>%1 devant %2 (P = %3)</translation>
    </message>
    <message>
        <source>%1 and %2: too close to call (P = %3)</source>
        <translation>%1 et %2&#xa0;: trop proches pour être départagés (P = %3)</translation>
    </message>
    <message>
        <source>%1 and %2: not compared, %3 has no weighted total</source>
        <translation>%1 et %2&#xa0;: non comparés, %3 n&apos;a pas de total pondéré</translation>
    </message>
</context>
<context>
    <name>TieVerdictText</name>
    <message>
        <source>%1 is ahead of %2 in only %3% of resamples of the panel: too close to call.</source>
        <translation>%1 devance %2 dans seulement %3&#xa0;% des rééchantillonnages du jury&#xa0;: trop proches pour être départagés.</translation>
    </message>
    <message>
        <source>%1 is ahead of %2 in %3% of resamples of the panel: a real lead.</source>
        <translation>%1 devance %2 dans %3&#xa0;% des rééchantillonnages du jury&#xa0;: une avance réelle.</translation>
    </message>
    <message>
        <source>Choose at least two finalists to see whether the panel separates them.</source>
        <translation>Choisissez au moins deux finalistes pour voir si le jury les départage.</translation>
    </message>
    <message>
        <source>%1 has no weighted total yet (nothing scored, or hidden by blind scoring), so is left out of the verdicts.</source>
        <translation>%1 n&apos;a pas encore de total pondéré (rien n&apos;a été noté, ou les notes sont masquées par la notation à l&apos;aveugle) et ne figure donc pas dans les verdicts.</translation>
    </message>
</context>
<context>
    <name>ToneCategory</name>
    <message>
        <source>Cold or formulaic</source>
        <translation>Froid ou stéréotypé</translation>
    </message>
    <message>
        <source>Vague reason</source>
        <translation>Motif vague</translation>
    </message>
    <message>
        <source>Promise not made</source>
        <translation>Promesse non fondée</translation>
    </message>
    <message>
        <source>Protected characteristic</source>
        <translation>Caractéristique protégée</translation>
    </message>
    <message>
        <source>Other candidate disclosed</source>
        <translation>Autre candidat divulgué</translation>
    </message>
    <message>
        <source>Blaming or belittling</source>
        <translation>Reproche ou dénigrement</translation>
    </message>
    <message>
        <source>No personal greeting</source>
        <translation>Pas de salutation personnelle</translation>
    </message>
</context>
<context>
    <name>ToneReport</name>
    <message>
        <source>%1:%2:%3: %4: %5 — %6</source>
        <translation>%1:%2:%3: %4&#xa0;: %5 — %6</translation>
    </message>
</context>
<context>
    <name>ToneRuleReader</name>
    <message>
        <source>not valid JSON: %1 at line %2, column %3</source>
        <translation>JSON non valide&#xa0;: %1 à la ligne %2, colonne %3</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>un objet JSON est attendu au niveau supérieur</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;; this is not a Debrief tone rule file</source>
        <translation>«&#xa0;%1&#xa0;» attendu&#xa0;; ce n&apos;est pas un fichier de règles de ton Debrief</translation>
    </message>
    <message>
        <source>the file has format version %1, but this Debrief reads up to version %2; a newer Debrief is needed</source>
        <translation>le fichier est au format version %1, mais cette version de Debrief lit jusqu&apos;à la version %2&#xa0;; une version plus récente de Debrief est nécessaire</translation>
    </message>
    <message>
        <source>expected a language code such as &quot;en&quot;, found &quot;%1&quot;</source>
        <translation>code de langue attendu, par exemple «&#xa0;en&#xa0;»&#xa0;; trouvé&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>expected an object with at least one category</source>
        <translation>objet attendu avec au moins une catégorie</translation>
    </message>
    <message>
        <source>unknown category; expected one of: %1</source>
        <translation>catégorie inconnue&#xa0;; attendu&#xa0;: l&apos;une de %1</translation>
    </message>
    <message>
        <source>expected a one-line explanation of the category</source>
        <translation>explication de la catégorie sur une ligne attendue</translation>
    </message>
    <message>
        <source>the greeting pattern must contain {name}, where the candidate&apos;s name goes</source>
        <translation>le motif de salutation doit contenir {name}, à l&apos;endroit où figure le nom du candidat</translation>
    </message>
    <message>
        <source>unknown condition &quot;%1&quot;; expected whenNotTalentPool or whenTalentPool</source>
        <translation>condition inconnue «&#xa0;%1&#xa0;»&#xa0;; attendu&#xa0;: whenNotTalentPool ou whenTalentPool</translation>
    </message>
    <message>
        <source>expected at least one pattern</source>
        <translation>au moins un motif est attendu</translation>
    </message>
    <message>
        <source>not a valid regular expression: %1 at character %2</source>
        <translation>expression régulière non valide&#xa0;: %1 au caractère %2</translation>
    </message>
    <message>
        <source>back-references are not supported; write the text out instead</source>
        <translation>les références arrière ne sont pas prises en charge&#xa0;; écrivez plutôt le texte en entier</translation>
    </message>
    <message>
        <source>the pattern matches empty text, so it would flag every position</source>
        <translation>le motif correspond à un texte vide, il signalerait donc chaque position</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;; expected one of: %2</source>
        <translation>catégorie inconnue «&#xa0;%1&#xa0;»&#xa0;; attendu&#xa0;: l&apos;une de %2</translation>
    </message>
    <message>
        <source>the category &quot;%1&quot; is not explained in $.categories</source>
        <translation>la catégorie «&#xa0;%1&#xa0;» n&apos;est pas expliquée dans $.categories</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used at %2</source>
        <translation>l&apos;identifiant «&#xa0;%1&#xa0;» est déjà utilisé à %2</translation>
    </message>
</context>
<context>
    <name>ToneRuleSet</name>
    <message>
        <source>There are no tone rules for the language &quot;%1&quot;; there are rules for: %2.</source>
        <translation>Il n&apos;existe aucune règle de ton pour la langue «&#xa0;%1&#xa0;»&#xa0;; il en existe pour&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot read the tone rule file %1: %2</source>
        <translation>Impossible de lire le fichier de règles de ton %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Utf8Text</name>
    <message>
        <source>%1: not valid UTF-8 at byte offset %2 (byte 0x%3); save the file as UTF-8 and try again</source>
        <translation>%1&#xa0;: UTF-8 non valide à la position d&apos;octet %2 (octet 0x%3)&#xa0;; enregistrez le fichier en UTF-8 et réessayez</translation>
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
    <message>
        <source>the rubric editor</source>
        <translation>l&apos;éditeur de grille de critères</translation>
    </message>
    <message>
        <source>a panelist&apos;s scorecard</source>
        <translation>la grille d&apos;évaluation d&apos;un membre du jury</translation>
    </message>
    <message>
        <source>the set-up dialog for a new opening</source>
        <translation>la boîte de dialogue de configuration d&apos;un nouveau poste</translation>
    </message>
    <message>
        <source>the candidate CSV import, on its preview</source>
        <translation>l&apos;importation CSV de candidats, à l&apos;étape de l&apos;aperçu</translation>
    </message>
    <message>
        <source>a finalist&apos;s interview scores in the detail pane</source>
        <translation>les notes d&apos;entretien d&apos;un finaliste dans le panneau de détails</translation>
    </message>
    <message>
        <source>the main window with the list filtered and a candidate&apos;s editable details</source>
        <translation>la fenêtre principale avec la liste filtrée et les détails modifiables d&apos;un candidat</translation>
    </message>
    <message>
        <source>The database has no opening to show.</source>
        <translation>La base de données ne contient aucun poste à afficher.</translation>
    </message>
    <message>
        <source>The database needs two panelists for this view.</source>
        <translation>La base de données doit contenir deux membres du jury pour cette vue.</translation>
    </message>
    <message>
        <source>The main window has no candidate list.</source>
        <translation>La fenêtre principale n&apos;a pas de liste de candidats.</translation>
    </message>
    <message>
        <source>The debrief opening has no finalists to show.</source>
        <translation>Le poste du débriefing n&apos;a aucun finaliste à afficher.</translation>
    </message>
    <message>
        <source>the decision dialog, filled in</source>
        <translation>la boîte de dialogue de décision, remplie</translation>
    </message>
    <message>
        <source>the finalist comparison of the debrief opening</source>
        <translation>la comparaison des finalistes du poste du débriefing</translation>
    </message>
    <message>
        <source>a runner-up&apos;s rejection draft with the tone check&apos;s findings</source>
        <translation>le brouillon de refus d&apos;un deuxième choix avec les remarques de la vérification du ton</translation>
    </message>
    <message>
        <source>the main window with the “Waiting on us” list open</source>
        <translation>la fenêtre principale avec la liste «&#xa0;En attente de notre réponse&#xa0;» ouverte</translation>
    </message>
    <message>
        <source>the talent pool, on a copy of the database with more people in it</source>
        <translation>le vivier de talents, sur une copie de la base de données contenant davantage de personnes</translation>
    </message>
    <message>
        <source>the message template editor with its live preview</source>
        <translation>l&apos;éditeur de modèles de messages avec son aperçu en direct</translation>
    </message>
    <message>
        <source>the report export dialog, set to a candidate packet</source>
        <translation>la boîte de dialogue d&apos;exportation de rapport, réglée sur un dossier de candidat</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the talent pool view.</source>
        <translation>Impossible de créer un dossier temporaire pour la vue du vivier de talents.</translation>
    </message>
    <message>
        <source>the main window at first launch, over a new, empty database</source>
        <translation>la fenêtre principale au premier lancement, sur une nouvelle base de données vide</translation>
    </message>
    <message>
        <source>the Calibration tab of the finalist comparison</source>
        <translation>l&apos;onglet Calibrage de la comparaison des finalistes</translation>
    </message>
    <message>
        <source>the dialog that schedules an interview, with the round&apos;s defaults</source>
        <translation>la boîte de dialogue qui permet de planifier un entretien, avec les valeurs par défaut du tour</translation>
    </message>
    <message>
        <source>the main window with a panelist&apos;s “My interviews” list open</source>
        <translation>la fenêtre principale avec la liste «&#xa0;Mes entretiens&#xa0;» d&apos;un membre du jury ouverte</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder.</source>
        <translation>Impossible de créer un dossier temporaire.</translation>
    </message>
    <message>
        <source>the rejection drafts of a decided opening: offer letter, held, ready and sent</source>
        <translation>les brouillons de refus d&apos;un poste décidé&#xa0;: lettre d&apos;offre, brouillons en suspens, prêts et envoyés</translation>
    </message>
    <message>
        <source>File › Data Protection…, with a retention period of 30 days</source>
        <translation>Fichier › Protection des données…, avec une durée de conservation de 30 jours</translation>
    </message>
    <message>
        <source>a scorecard saved elsewhere, next to the user&apos;s unsaved version</source>
        <translation>une grille d&apos;évaluation enregistrée ailleurs, à côté de la version non enregistrée de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>File › Move to Server…, before the move</source>
        <translation>Fichier › Migrer vers un serveur…, avant la migration</translation>
    </message>
    <message>
        <source>File › Connect to Server…, filled in for a server checked with verify-full</source>
        <translation>Fichier › Se connecter à un serveur…, rempli pour un serveur vérifié avec verify-full</translation>
    </message>
</context>
<context>
    <name>WaitingOnUsMenu</name>
    <message>
        <source>Waiting on us: ?</source>
        <translation>En attente de notre réponse&#xa0;:&#xa0;?</translation>
    </message>
    <message>
        <source>Waiting on Us</source>
        <translation>En attente de notre réponse</translation>
    </message>
    <message>
        <source>&amp;Waiting on Us</source>
        <translation>&amp;En attente de notre réponse</translation>
    </message>
    <message>
        <source>Every candidate past the date we promised them an answer.</source>
        <translation>Tous les candidats ayant dépassé la date à laquelle nous leur avions promis une réponse.</translation>
    </message>
    <message>
        <source>The main window has no “Waiting on us” list.</source>
        <translation>La fenêtre principale n&apos;a pas de liste «&#xa0;En attente de notre réponse&#xa0;».</translation>
    </message>
    <message>
        <source>Nobody in the database is waiting past a promised date, so the list would be empty.</source>
        <translation>Personne dans la base de données n&apos;attend au-delà d&apos;une date promise&#xa0;: la liste serait donc vide.</translation>
    </message>
</context>
<context>
    <name>WaitingOnUsQuery</name>
    <message>
        <source>Could not count the candidates waiting for an answer.</source>
        <translation>Impossible de compter les candidats en attente d&apos;une réponse.</translation>
    </message>
</context>
<context>
    <name>WeightedTotal</name>
    <message>
        <source>%1 of %2 not assessed</source>
        <translation>%1 sur %2 non évaluées</translation>
    </message>
    <message>
        <source>%1; every criterion has at least one rating.</source>
        <translation>%1&#xa0;; chaque critère a au moins une note.</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n criterion(s) without any rating left out of the total, which rests on %2% of the rubric&apos;s weight.</source>
        <translation>
            <numerusform>%1&#xa0;; %n critère sans aucune note est exclu du total, qui repose sur %2&#xa0;% du poids de la grille de critères.</numerusform>
            <numerusform>%1&#xa0;; %n critères sans aucune note sont exclus du total, qui repose sur %2&#xa0;% du poids de la grille de critères.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WithheldScorecards</name>
    <message numerus="yes">
        <source>%1 of %n scorecard(s) hidden until you submit yours.</source>
        <translation>
            <numerusform>%1 sur %n grille d&apos;évaluation masquée jusqu&apos;à ce que vous soumettiez la vôtre.</numerusform>
            <numerusform>%1 sur %n grilles d&apos;évaluation masquées jusqu&apos;à ce que vous soumettiez la vôtre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n scorecard(s) hidden until you have submitted all of yours for this candidate.</source>
        <translation>
            <numerusform>%1 sur %n grille d&apos;évaluation masquée jusqu&apos;à ce que vous ayez soumis toutes les vôtres pour ce candidat.</numerusform>
            <numerusform>%1 sur %n grilles d&apos;évaluation masquées jusqu&apos;à ce que vous ayez soumis toutes les vôtres pour ce candidat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n scorecard(s) hidden until every panelist has submitted or the lead reveals scores.</source>
        <translation>
            <numerusform>%1 sur %n grille d&apos;évaluation masquée jusqu&apos;à ce que chaque membre du jury ait soumis la sienne ou que le responsable révèle les notes.</numerusform>
            <numerusform>%1 sur %n grilles d&apos;évaluation masquées jusqu&apos;à ce que chaque membre du jury ait soumis la sienne ou que le responsable révèle les notes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>debrief::AddCandidateDialog</name>
    <message>
        <source>Add Candidate to %1</source>
        <translation>Ajouter un candidat au poste %1</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <source>e.g. referral, job board</source>
        <translation>p. ex. cooptation, site d&apos;emploi</translation>
    </message>
    <message>
        <source>The date the candidate was told to expect an answer by, if any.</source>
        <translation>La date avant laquelle une réponse a été promise au candidat, le cas échéant.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>Answer promised &amp;by:</source>
        <translation>Réponse promise d&apos;ici &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>debrief::ApplicationEditor</name>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Sta&amp;ge:</source>
        <translation>Étape actue&amp;lle&#xa0;:</translation>
    </message>
    <message>
        <source>Furthest stage:</source>
        <translation>Étape atteinte&#xa0;:</translation>
    </message>
    <message>
        <source>Applied:</source>
        <translation>Candidature&#xa0;:</translation>
    </message>
    <message>
        <source>Ans&amp;wer promised:</source>
        <translation>Réponse pro&amp;mise&#xa0;:</translation>
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
        <source>Answer promised by</source>
        <translation>Réponse promise d&apos;ici le</translation>
    </message>
    <message>
        <source>None</source>
        <comment>remove the promised date</comment>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>No answer date promised</source>
        <translation>Aucune date de réponse promise</translation>
    </message>
    <message>
        <source>Answer status</source>
        <translation>État de la réponse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Notes about this application, for the panel.</source>
        <translation>Notes sur cette candidature, pour le jury.</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>Note&amp;s</translation>
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
        <source>About the candidate: %1</source>
        <translation>À propos du candidat&#xa0;: %1</translation>
    </message>
    <message>
        <source>On hold:</source>
        <translation>En réserve&#xa0;:</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Application Changed Elsewhere</source>
        <translation>Candidature modifiée ailleurs</translation>
    </message>
    <message>
        <source>This application was saved elsewhere (in another window or on another computer) after you opened it. Nothing was overwritten. Compare the two versions and choose which to keep; keeping yours changes only the fields you edited.</source>
        <translation>Cette candidature a été enregistrée ailleurs (dans une autre fenêtre ou sur un autre ordinateur) après que vous l&apos;avez ouverte. Rien n&apos;a été écrasé. Comparez les deux versions et choisissez celle à conserver&#xa0;; si vous conservez la vôtre, seuls les champs que vous avez modifiés changent.</translation>
    </message>
</context>
<context>
    <name>debrief::BackupMenu</name>
    <message>
        <source>Debrief databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données Debrief (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <source>Save a copy of the open database, as it is now</source>
        <translation>Enregistrer une copie de la base de données ouverte, dans son état actuel</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>Res&amp;taurer…</translation>
    </message>
    <message>
        <source>Replace the open database by a backup of it</source>
        <translation>Remplacer la base de données ouverte par l&apos;une de ses sauvegardes</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <source>Backed up to %1 (readable by you only).</source>
        <translation>Sauvegarde enregistrée dans %1 (lisible par vous seul).</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace everything in %1 by the backup %2 (saved %3)?

What the database holds now is kept in a copy next to it first.</source>
        <translation>Remplacer tout le contenu de %1 par la sauvegarde %2 (enregistrée le %3)&#xa0;?

Le contenu actuel de la base de données est d&apos;abord conservé dans une copie, à côté d&apos;elle.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>Base de données restaurée depuis %1.</translation>
    </message>
    <message>
        <source>Restored from %1. What the database held before is kept in %2.</source>
        <translation>Base de données restaurée depuis %1. Son contenu précédent est conservé dans %2.</translation>
    </message>
</context>
<context>
    <name>debrief::CalibrationPanel</name>
    <message>
        <source>Le&amp;niency per panelist</source>
        <translation>&amp;Indulgence par membre du jury</translation>
    </message>
    <message>
        <source>&amp;Agreement per criterion</source>
        <translation>&amp;Accord par critère</translation>
    </message>
    <message>
        <source>&amp;Halo flags</source>
        <translation>Signalements d&apos;effet de &amp;halo</translation>
    </message>
    <message numerus="yes">
        <source>Over every candidate of the opening with a submitted scorecard (%n candidate(s)), not only the finalists: each panelist&apos;s leniency rests on everyone they scored. The same figures as the panel calibration report.</source>
        <translation>
            <numerusform>Sur tous les candidats du poste ayant une grille d&apos;évaluation soumise (%n candidat), et pas seulement les finalistes&#xa0;: l&apos;indulgence de chaque membre du jury repose sur toutes les personnes qu&apos;il a notées. Mêmes chiffres que dans le rapport de calibrage du jury.</numerusform>
            <numerusform>Sur tous les candidats du poste ayant une grille d&apos;évaluation soumise (%n candidats), et pas seulement les finalistes&#xa0;: l&apos;indulgence de chaque membre du jury repose sur toutes les personnes qu&apos;il a notées. Mêmes chiffres que dans le rapport de calibrage du jury.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::CalibrationTableModel</name>
    <message>
        <source>Worth talking about in the debrief.</source>
        <translation>À aborder lors du débriefing.</translation>
    </message>
</context>
<context>
    <name>debrief::CancelInterviewDialog</name>
    <message>
        <source>Cancel Interview</source>
        <translation>Annuler l&apos;entretien</translation>
    </message>
    <message>
        <source>Cancel the %1?</source>
        <translation>Annuler cet entretien&#xa0;: %1&#xa0;?</translation>
    </message>
    <message>
        <source>It stays on record, marked as cancelled, and nobody owes a scorecard for it. Edit › Undo takes the cancellation back.</source>
        <translation>Il reste consigné, marqué comme annulé, et personne ne doit de grille d&apos;évaluation pour lui. Édition › Annuler revient sur l&apos;annulation.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison&#xa0;:</translation>
    </message>
    <message>
        <source>Cancel &amp;Interview</source>
        <translation>&amp;Annuler l&apos;entretien</translation>
    </message>
    <message>
        <source>&amp;Keep Interview</source>
        <translation>&amp;Conserver l&apos;entretien</translation>
    </message>
    <message>
        <source>e.g. the candidate withdrew; a panelist is ill</source>
        <translation>p. ex. le candidat s&apos;est désisté&#xa0;; un membre du jury est malade</translation>
    </message>
</context>
<context>
    <name>debrief::CandidateContextMenu</name>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
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
        <source>Candidate name</source>
        <translation>Nom du candidat</translation>
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
        <translation>Messa&amp;ges (%1)</translation>
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
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
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
        <translation>Rec&amp;hercher&#xa0;:</translation>
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
    <name>debrief::CandidateImportDraft</name>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>debrief::CandidateImportWizard</name>
    <message>
        <source>Import Candidates from CSV</source>
        <translation>Importer des candidats depuis un CSV</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import adds the rows marked “Added” to the opening in one step; it cannot be undone here.</source>
        <translation>Rien n&apos;a encore été écrit. L&apos;importation ajoute au poste, en une seule étape, les lignes marquées «&#xa0;Ajouté&#xa0;»&#xa0;; elle ne peut pas être annulée ici.</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Rien n&apos;a été importé. %1</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n candidate(s)…</source>
        <translation>
            <numerusform>Importation de %n candidat…</numerusform>
            <numerusform>Importation de %n candidats…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
        <translation>Grilles</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En réserve</translation>
    </message>
    <message>
        <source>On hold · %1</source>
        <translation>En réserve · %1</translation>
    </message>
</context>
<context>
    <name>debrief::ChangeFeed</name>
    <message>
        <source>%1 is a file: only a shared server announces other people&apos;s changes.</source>
        <translation>%1 est un fichier&#xa0;: seul un serveur partagé annonce les modifications des autres personnes.</translation>
    </message>
    <message>
        <source>Cannot listen for changes on %1: %2</source>
        <translation>Impossible d&apos;écouter les modifications sur %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>debrief::ColleagueScorecards</name>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>no recommendation</source>
        <translation>aucune recommandation</translation>
    </message>
    <message>
        <source>Colleagues’ scorecards could not be loaded.</source>
        <translation>Les grilles d&apos;évaluation des collègues n&apos;ont pas pu être chargées.</translation>
    </message>
    <message>
        <source>No colleague has submitted a scorecard yet.</source>
        <translation>Aucun collègue n&apos;a encore soumis de grille d&apos;évaluation.</translation>
    </message>
</context>
<context>
    <name>debrief::CommunicationCommands</name>
    <message>
        <source>Log message to %1</source>
        <translation>Consigner un message adressé à %1</translation>
    </message>
    <message>
        <source>Log message from %1</source>
        <translation>Consigner un message reçu de %1</translation>
    </message>
</context>
<context>
    <name>debrief::CommunicationLogPanel</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>&amp;Log a Message or Call…</source>
        <translation>Consigner &amp;un message ou un appel…</translation>
    </message>
    <message>
        <source>Record a message or call and the answer date it promised (Ctrl+Shift+L).</source>
        <translation>Consigner un message ou un appel et la date de réponse promise (Ctrl+Maj+L).</translation>
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
        <source>logged by %1</source>
        <translation>consigné par %1</translation>
    </message>
    <message>
        <source>Promised an answer by %1</source>
        <translation>Réponse promise d&apos;ici le %1</translation>
    </message>
</context>
<context>
    <name>debrief::ComparisonModel</name>
    <message numerus="yes">
        <source>%n score(s), median %1, lowest %2, highest %3; %4 not assessed</source>
        <translation>
            <numerusform>%n note, médiane %1, minimum %2, maximum %3&#xa0;; non évalués&#xa0;: %4</numerusform>
            <numerusform>%n notes, médiane %1, minimum %2, maximum %3&#xa0;; non évalués&#xa0;: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>The panel disagrees here: worth discussing.</source>
        <translation>Le jury est partagé sur ce point&#xa0;: à discuter.</translation>
    </message>
    <message>
        <source>In %1% of resamples of the panel the total lies between %2 and %3.</source>
        <translation>Dans %1&#xa0;% des rééchantillonnages du jury, le total se situe entre %2 et %3.</translation>
    </message>
    <message>
        <source>Weighted total</source>
        <translation>Total pondéré</translation>
    </message>
    <message>
        <source>Weight %1, scale 1–%2</source>
        <translation>Poids %1, échelle 1–%2</translation>
    </message>
</context>
<context>
    <name>debrief::ComparisonView</name>
    <message>
        <source>Compare Finalists</source>
        <translation>Comparer les finalistes</translation>
    </message>
    <message>
        <source>&amp;Finalists compared:</source>
        <translation>&amp;Finalistes comparés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Table and charts</source>
        <translation>&amp;Tableau et graphiques</translation>
    </message>
    <message>
        <source>Ca&amp;libration</source>
        <translation>&amp;Calibrage</translation>
    </message>
</context>
<context>
    <name>debrief::ConnectionDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>Debrief works on the panel&apos;s shared PostgreSQL server while it is connected; it does not work offline.</source>
        <translation>Debrief travaille sur le serveur PostgreSQL partagé du jury tant qu&apos;il y est connecté&#xa0;; il ne fonctionne pas hors ligne.</translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <source>disable: not encrypted</source>
        <translation>disable&#xa0;: non chiffré</translation>
    </message>
    <message>
        <source>prefer: encrypted when the server offers it</source>
        <translation>prefer&#xa0;: chiffré si le serveur l&apos;offre</translation>
    </message>
    <message>
        <source>require: always encrypted, certificate not checked</source>
        <translation>require&#xa0;: toujours chiffré, certificat non vérifié</translation>
    </message>
    <message>
        <source>verify-ca: encrypted, certificate checked against the CA</source>
        <translation>verify-ca&#xa0;: chiffré, certificat vérifié auprès de la CA</translation>
    </message>
    <message>
        <source>verify-full: encrypted, certificate and host name checked</source>
        <translation>verify-full&#xa0;: chiffré, certificat et nom d&apos;hôte vérifiés</translation>
    </message>
    <message>
        <source>The certificate of the authority that signed the server&apos;s</source>
        <translation>Le certificat de l&apos;autorité qui a signé celui du serveur</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation>Choisir le fichier CA</translation>
    </message>
    <message>
        <source>Re&amp;member the password in this computer&apos;s keychain</source>
        <translation>Mémori&amp;ser le mot de passe dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <source>R&amp;ecent servers:</source>
        <translation>Serveurs &amp;récents&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;TLS mode:</source>
        <translation>Mode &amp;TLS&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>Fichier &amp;CA&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>Se co&amp;nnecter</translation>
    </message>
    <message>
        <source>The password cannot be remembered on this computer (%1); Debrief asks for it at each connection.</source>
        <translation>Le mot de passe ne peut pas être mémorisé sur cet ordinateur (%1)&#xa0;; Debrief le demande à chaque connexion.</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>Certificat CA</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certificats (*.crt *.pem *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Fill in the host, the database and the user.</source>
        <translation>Renseignez l&apos;hôte, la base de données et l&apos;utilisateur.</translation>
    </message>
</context>
<context>
    <name>debrief::ConnectionStatus</name>
    <message>
        <source>Reconnect &amp;Now</source>
        <translation>Reconnecter main&amp;tenant</translation>
    </message>
    <message>
        <source>Connected to %1 again.</source>
        <translation>Reconnecté à %1.</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2</source>
        <translation>Connecté en tant que %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>The connection to the server was lost; nothing you typed is lost. Reconnecting in %n second(s)…</source>
        <translation>
            <numerusform>La connexion au serveur a été perdue&#xa0;; rien de ce que vous avez saisi n&apos;est perdu. Reconnexion dans %n seconde…</numerusform>
            <numerusform>La connexion au serveur a été perdue&#xa0;; rien de ce que vous avez saisi n&apos;est perdu. Reconnexion dans %n secondes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in as %1 · %2 on %3:%4</source>
        <translation>Connecté en tant que %1 · %2 sur %3:%4</translation>
    </message>
</context>
<context>
    <name>debrief::CsvFilePage</name>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Barre verticale ( | )</translation>
    </message>
    <message>
        <source>Choose a CSV File</source>
        <translation>Choisir un fichier CSV</translation>
    </message>
    <message>
        <source>Candidates exported from a spreadsheet or an applicant-tracking system. Nothing is written until the last step.</source>
        <translation>Candidats exportés d&apos;un tableur ou d&apos;un logiciel de suivi des candidatures. Rien n&apos;est écrit avant la dernière étape.</translation>
    </message>
    <message>
        <source>Path to a .csv file</source>
        <translation>Chemin d&apos;un fichier .csv</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>First rows as read</source>
        <translation>Premières lignes telles que lues</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>Sépa&amp;rateur&#xa0;:</translation>
    </message>
    <message>
        <source>Import Candidates</source>
        <translation>Importer des candidats</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) below the header, in %1 column(s). Detected: %2, %3.</source>
        <translation>
            <numerusform>%n ligne sous l&apos;en-tête&#xa0;; colonnes&#xa0;: %1. Détecté&#xa0;: %2, %3.</numerusform>
            <numerusform>%n lignes sous l&apos;en-tête&#xa0;; colonnes&#xa0;: %1. Détecté&#xa0;: %2, %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file to see how it reads.</source>
        <translation>Choisissez un fichier pour voir comment il est lu.</translation>
    </message>
</context>
<context>
    <name>debrief::CsvMappingPage</name>
    <message>
        <source>Match the Columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importé)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation>%1 (colonne %2)</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ex. %1</translation>
    </message>
    <message>
        <source>Without a column for %1 nothing can be imported.</source>
        <translation>Sans colonne pour %1, rien ne peut être importé.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Choose which column of the file fills each field. Fields marked * are required. A name kept in two columns is joined: first name + last name.</source>
        <translation>Choisissez quelle colonne du fichier remplit chaque champ. Les champs marqués * sont obligatoires. Un nom réparti sur deux colonnes est joint&#xa0;: prénom + nom de famille.</translation>
    </message>
    <message>
        <source>Joined with column</source>
        <translation>Joint à la colonne</translation>
    </message>
    <message>
        <source>Order of day and month</source>
        <translation>Ordre jour/mois</translation>
    </message>
    <message>
        <source>Day and month order from the file</source>
        <translation>Ordre jour/mois d&apos;après le fichier</translation>
    </message>
    <message>
        <source>Day first (31/12/2026)</source>
        <translation>Jour en premier (31/12/2026)</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>Mois en premier (12/31/2026)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <source>Several columns could be %1: choose the one to use.</source>
        <translation>Plusieurs colonnes pourraient être «&#xa0;%1&#xa0;»&#xa0;: choisissez celle à utiliser.</translation>
    </message>
</context>
<context>
    <name>debrief::CsvPreviewModel</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Skipped: as line %1</source>
        <translation>Ignoré&#xa0;: doublon de la ligne %1</translation>
    </message>
    <message>
        <source>Skipped: applied already</source>
        <translation>Ignoré&#xa0;: a déjà postulé</translation>
    </message>
    <message>
        <source>Added (known person)</source>
        <translation>Ajouté (personne connue)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>%1

Looks like a spreadsheet formula. Debrief keeps it as text and never runs it.</source>
        <translation>%1

Ressemble à une formule de tableur. Debrief la conserve comme texte et ne l&apos;exécute jamais.</translation>
    </message>
    <message>
        <source>Looks like a formula, kept as text</source>
        <translation>Ressemble à une formule, conservée comme texte</translation>
    </message>
</context>
<context>
    <name>debrief::CsvPreviewPage</name>
    <message>
        <source>Check and Import</source>
        <translation>Vérifier et importer</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import adds the rows marked “Added” to the opening in one step; Edit › Undo takes the whole import back.</source>
        <translation>Rien n&apos;a encore été écrit. L&apos;importation ajoute au poste, en une seule étape, les lignes marquées «&#xa0;Ajouté&#xa0;»&#xa0;; Édition › Annuler annule toute l&apos;importation.</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Lignes à importer</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) will be added</source>
        <translation>
            <numerusform>%n candidat sera ajouté</numerusform>
            <numerusform>%n candidats seront ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n already known from another opening)</source>
        <translation>
            <numerusform> (%n déjà connu par un autre poste)</numerusform>
            <numerusform> (%n déjà connus par un autre poste)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n doublon ignoré</numerusform>
            <numerusform>%n doublons ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocking error(s)</source>
        <translation>
            <numerusform>%n erreur bloquante</numerusform>
            <numerusform>%n erreurs bloquantes</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>. Fix the file (or the choices on the earlier pages) to import.</source>
        <translation>. Corrigez le fichier (ou les choix des pages précédentes) pour importer.</translation>
    </message>
    <message>
        <source>Blocks the import</source>
        <translation>Bloque l&apos;importation</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>&amp;Problems: none</source>
        <translation>P&amp;roblèmes&#xa0;: aucun</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Problems (%n):</source>
        <translation>
            <numerusform>P&amp;roblème (%n)&#xa0;:</numerusform>
            <numerusform>P&amp;roblèmes (%n)&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The table shows the first %n row(s).</source>
        <translation>
            <numerusform>Le tableau montre la première ligne.</numerusform>
            <numerusform>Le tableau montre les %n premières lignes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::DataProtectionDialog</name>
    <message>
        <source>Data Protection</source>
        <translation>Protection des données</translation>
    </message>
    <message>
        <source>&amp;Anonymise rejected candidates after</source>
        <translation>&amp;Anonymiser les candidats refusés après</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Durée de conservation</translation>
    </message>
    <message>
        <source>Retention period unit</source>
        <translation>Unité de la durée de conservation</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>A candidate is anonymised once every application of theirs was rejected or withdrawn and nothing has happened on any of them for this long. Their name, contact details, notes, interview evidence, references, messages and drafts are removed for good; scores, stages and dates stay, so the statistics do not change. Being in the talent pool does not keep anyone. Debrief applies the period every time this database is opened, on any computer.</source>
        <translation>Un candidat est anonymisé dès que, pour chacune de ses candidatures, il a été refusé ou s&apos;est désisté, et que rien ne s&apos;est passé sur aucune d&apos;elles pendant cette durée. Son nom, ses coordonnées, ses notes, les éléments factuels des entretiens, les références, les messages et les brouillons sont supprimés définitivement&#xa0;; les notes attribuées aux critères, les étapes et les dates restent, si bien que les statistiques ne changent pas. Figurer dans le vivier de talents ne protège personne. Debrief applique cette durée chaque fois que cette base de données est ouverte, sur n&apos;importe quel ordinateur.</translation>
    </message>
    <message>
        <source>Candidates due for anonymisation</source>
        <translation>Candidats à anonymiser</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>Talent pool</source>
        <translation>Vivier de talents</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) of this database were anonymised so far.</source>
        <translation>
            <numerusform>%n candidat de cette base de données a été anonymisé jusqu&apos;à présent.</numerusform>
            <numerusform>%n candidats de cette base de données ont été anonymisés jusqu&apos;à présent.</numerusform>
        </translation>
    </message>
    <message>
        <source>No retention period: rejected candidates are kept until you erase them one by one (the candidate list&apos;s context menu).</source>
        <translation>Aucune durée de conservation&#xa0;: les candidats refusés sont conservés jusqu&apos;à ce que vous les effaciez un par un (menu contextuel de la liste des candidats).</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) with no activity since before %1 would be anonymised now:</source>
        <translation>
            <numerusform>%n candidat dont la dernière activité est antérieure au %1 serait anonymisé maintenant&#xa0;:</numerusform>
            <numerusform>%n candidats dont la dernière activité est antérieure au %1 seraient anonymisés maintenant&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message numerus="yes">
        <source>A&amp;nonymise %n Now…</source>
        <translation>
            <numerusform>A&amp;nonymiser %n candidat maintenant…</numerusform>
            <numerusform>A&amp;nonymiser %n candidats maintenant…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::DatabaseSession</name>
    <message>
        <source>%1 already exists. Choose another name, or use File › Open to open it.</source>
        <translation>%1 existe déjà. Choisissez un autre nom, ou utilisez Fichier › Ouvrir pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Open the database to restore into first.</source>
        <translation>Ouvrez d&apos;abord la base de données dans laquelle restaurer.</translation>
    </message>
    <message>
        <source>There is no server to reconnect to.</source>
        <translation>Il n&apos;y a aucun serveur auquel se reconnecter.</translation>
    </message>
</context>
<context>
    <name>debrief::DecisionCommands</name>
    <message>
        <source>Record decision (%1)</source>
        <translation>Consigner la décision (%1)</translation>
    </message>
    <message>
        <source>Amend decision</source>
        <translation>Modifier la décision</translation>
    </message>
    <message>
        <source>Offer accepted by %1</source>
        <translation>Offre acceptée par %1</translation>
    </message>
    <message>
        <source>Offer declined by %1</source>
        <translation>Offre déclinée par %1</translation>
    </message>
    <message>
        <source>This decision step stays as it is: %1</source>
        <translation>Cette étape de la décision reste telle quelle&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>debrief::DecisionDialog</name>
    <message>
        <source>Finalist</source>
        <translation>Finaliste</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Runner-up rank</source>
        <translation>Rang de deuxième choix</translation>
    </message>
    <message>
        <source>Talent pool</source>
        <translation>Vivier de talents</translation>
    </message>
    <message>
        <source>We would hire this runner-up for another role.</source>
        <translation>Nous recruterions ce deuxième choix pour un autre poste.</translation>
    </message>
    <message>
        <source>Why the panel decided as it did</source>
        <translation>Pourquoi le jury a pris cette décision</translation>
    </message>
    <message>
        <source>The deciding factor &amp;may be shared with candidates</source>
        <translation>Le facteur décisif &amp;peut être communiqué aux candidats</translation>
    </message>
    <message>
        <source>&amp;Record Decision</source>
        <translation>&amp;Consigner la décision</translation>
    </message>
    <message>
        <source>Decision for %1</source>
        <translation>Décision pour %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: who gets the offer, who waits as runner-up, and why.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: qui reçoit l&apos;offre, qui attend en deuxième choix, et pourquoi.</translation>
    </message>
    <message>
        <source>Decided by: %1</source>
        <translation>Décidé par&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Non retenu</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <source>Runner-up</source>
        <translation>Deuxième choix</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rôle de %1</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Runner-up rank of %1</source>
        <translation>Rang de deuxième choix de %1</translation>
    </message>
    <message>
        <source>Keep in mind</source>
        <translation>Garder en vivier</translation>
    </message>
    <message>
        <source>We would hire them for another role.</source>
        <translation>Nous recruterions cette personne pour un autre poste.</translation>
    </message>
    <message>
        <source>Decided by %1 on %2</source>
        <translation>Décidé par %1 le %2</translation>
    </message>
    <message>
        <source>unknown panelist</source>
        <translation>membre du jury inconnu</translation>
    </message>
    <message>
        <source>Strongest system design of the three and the clearest communication in the final round; the runners-up were close on collaboration.</source>
        <translation>La meilleure conception de systèmes des trois et la communication la plus claire lors du tour final&#xa0;; les deuxièmes choix étaient proches sur la collaboration.</translation>
    </message>
    <message>
        <source>What recording does</source>
        <translation>Effets de la consignation</translation>
    </message>
    <message>
        <source>Why the decision changes (kept in the audit log)</source>
        <translation>Pourquoi la décision change (conservé dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>Reason for the &amp;change:</source>
        <translation>&amp;Raison de la modification&#xa0;:</translation>
    </message>
    <message>
        <source>Deciding cr&amp;iteria</source>
        <translation>Critères &amp;décisifs</translation>
    </message>
    <message>
        <source>Ra&amp;tionale</source>
        <translation>&amp;Justification</translation>
    </message>
    <message>
        <source>&amp;Finalists</source>
        <translation>&amp;Finalistes</translation>
    </message>
    <message>
        <source>What recording &amp;does</source>
        <translation>&amp;Effets de la consignation</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Amend Decision for %1</source>
        <translation>Modifier la décision pour %1</translation>
    </message>
    <message>
        <source>Choose who gets the offer to see what recording does to every candidate of the opening.</source>
        <translation>Choisissez qui reçoit l&apos;offre pour voir les effets de la consignation sur chaque candidat du poste.</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) will wait under Ready in Rejection Drafts.</source>
        <translation>
            <numerusform>%n candidat attendra dans la section Prêts des Brouillons de refus.</numerusform>
            <numerusform>%n candidats attendront dans la section Prêts des Brouillons de refus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard the Decision?</source>
        <translation>Abandonner la décision&#xa0;?</translation>
    </message>
    <message>
        <source>The decision you filled in is not recorded yet. Discard it?</source>
        <translation>La décision que vous avez saisie n&apos;est pas encore consignée. L&apos;abandonner&#xa0;?</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Continuer la saisie</translation>
    </message>
    <message>
        <source>&amp;Save Amendment</source>
        <translation>Enregistrer la &amp;modification</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Recording makes every change under “What recording does” at once; Edit › Undo takes it all back until a message has gone out.</source>
        <translation>La consignation applique d&apos;un coup tous les changements listés sous «&#xa0;Effets de la consignation&#xa0;»&#xa0;; Édition › Annuler les reprend tous tant qu&apos;aucun message n&apos;est parti.</translation>
    </message>
    <message>
        <source>The amendment is kept in the audit log with its reason; Edit › Undo takes it back until a message has gone out.</source>
        <translation>La modification est conservée dans le journal d&apos;audit avec sa raison&#xa0;; Édition › Annuler la reprend tant qu&apos;aucun message n&apos;est parti.</translation>
    </message>
    <message>
        <source>The decision is recorded. Decision › Amend Decision… changes it, with a reason.</source>
        <translation>La décision est consignée. Décision › Modifier la décision… permet de la changer, en indiquant une raison.</translation>
    </message>
    <message>
        <source>Decision Changed Elsewhere</source>
        <translation>Décision modifiée ailleurs</translation>
    </message>
    <message>
        <source>This decision was amended elsewhere (in another window or on another computer) after you opened it; the saved version is dated %1. Nothing was overwritten. Compare the two versions and choose which to keep.</source>
        <translation>Cette décision a été modifiée ailleurs (dans une autre fenêtre ou sur un autre ordinateur) après que vous l&apos;avez ouverte&#xa0;; la version enregistrée date du %1. Rien n&apos;a été écrasé. Comparez les deux versions et choisissez celle à conserver.</translation>
    </message>
    <message>
        <source>Showing the decision saved elsewhere; your amendment was not kept.</source>
        <translation>Affichage de la décision enregistrée ailleurs&#xa0;; votre modification n&apos;a pas été conservée.</translation>
    </message>
    <message>
        <source>Not saved: the decision was amended elsewhere. Your changes stay here until you choose.</source>
        <translation>Non enregistré&#xa0;: la décision a été modifiée ailleurs. Vos modifications restent ici jusqu&apos;à votre choix.</translation>
    </message>
</context>
<context>
    <name>debrief::DraftAutosave</name>
    <message>
        <source>Close Scorecard</source>
        <translation>Fermer la grille d&apos;évaluation</translation>
    </message>
    <message>
        <source>Your latest changes to this scorecard are not saved yet. Keep it open so that Debrief can save them when the database is free again?</source>
        <translation>Vos dernières modifications de cette grille d&apos;évaluation ne sont pas encore enregistrées. La garder ouverte pour que Debrief puisse les enregistrer dès que la base de données sera de nouveau libre&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
</context>
<context>
    <name>debrief::DraftEditor</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copies the message as plain text and HTML.</source>
        <translation>Copie le message en texte brut et en HTML.</translation>
    </message>
    <message>
        <source>Open in &amp;Mail Client</source>
        <translation>Ouvrir dans le client de &amp;messagerie</translation>
    </message>
    <message>
        <source>Save as .&amp;eml…</source>
        <translation>Enregistrer au &amp;format .eml…</translation>
    </message>
    <message>
        <source>Mark as Se&amp;nt…</source>
        <translation>Marquer comme e&amp;nvoyé…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Rejection for %1 — %2</source>
        <translation>Refus pour %1 — %2</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;, from %3</source>
        <translation>%1 &lt;%2&gt;, de la part de %3</translation>
    </message>
    <message>
        <source>Held: %1 Do not send it until the hold is released.</source>
        <translation>En suspens&#xa0;: %1 Ne l&apos;envoyez pas tant que la candidature est en réserve.</translation>
    </message>
    <message>
        <source>Held until %1’s offer is accepted. %2 Sending it now would turn this candidate down while they may still be the panel&apos;s next choice.</source>
        <translation>En suspens jusqu&apos;à l&apos;acceptation de l&apos;offre par %1. %2 L&apos;envoyer maintenant refuserait ce candidat alors qu&apos;il pourrait encore être le prochain choix du jury.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Sent on %1 by %2. A sent message is the record of what the candidate was told and no longer changes.</source>
        <translation>Envoyé le %1 (%2). Un message envoyé fait foi de ce qui a été dit au candidat et ne change plus.</translation>
    </message>
    <message>
        <source>Write the Draft Again?</source>
        <translation>Réécrire le brouillon&#xa0;?</translation>
    </message>
    <message>
        <source>The draft will be written again from the %1 template, and your edits to it will be replaced.</source>
        <translation>Le brouillon sera réécrit à partir du modèle (%1), et vos modifications seront remplacées.</translation>
    </message>
    <message>
        <source>The draft will be written again from the template with your choices, and your edits to it will be replaced.</source>
        <translation>Le brouillon sera réécrit à partir du modèle avec vos choix, et vos modifications seront remplacées.</translation>
    </message>
    <message>
        <source>Copied as plain text and HTML; noted in the communication log.</source>
        <translation>Copié en texte brut et en HTML&#xa0;; noté dans le journal des échanges.</translation>
    </message>
    <message>
        <source>No mail client opened the message. Use Copy or Save as .eml instead.</source>
        <translation>Aucun client de messagerie n&apos;a ouvert le message. Utilisez plutôt Copier ou Enregistrer au format .eml.</translation>
    </message>
    <message>
        <source>Opened in the mail client; noted in the communication log.</source>
        <translation>Ouvert dans le client de messagerie&#xa0;; noté dans le journal des échanges.</translation>
    </message>
    <message>
        <source>Save as .eml</source>
        <translation>Enregistrer au format .eml</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml)</source>
        <translation>Messages e-mail (*.eml)</translation>
    </message>
    <message>
        <source>Saved %1 (readable by you only); noted in the communication log.</source>
        <translation>%1 enregistré (lisible par vous seul)&#xa0;; noté dans le journal des échanges.</translation>
    </message>
    <message>
        <source>Send a Held Rejection?</source>
        <translation>Envoyer un refus en suspens&#xa0;?</translation>
    </message>
    <message>
        <source>Mark this rejection as sent anyway?</source>
        <translation>Marquer quand même ce refus comme envoyé&#xa0;?</translation>
    </message>
    <message>
        <source>Mark as Sent Anyway</source>
        <translation>Marquer comme envoyé quand même</translation>
    </message>
    <message>
        <source>Keep Held</source>
        <translation>Laisser en suspens</translation>
    </message>
    <message>
        <source>Marked as sent and logged as the panel&apos;s final answer.</source>
        <translation>Marqué comme envoyé et consigné comme réponse définitive du jury.</translation>
    </message>
    <message>
        <source>Rejection Draft</source>
        <translation>Brouillon de refus</translation>
    </message>
    <message>
        <source>Offer for %1 — %2</source>
        <translation>Offre pour %1 — %2</translation>
    </message>
    <message>
        <source>Your version is saved over the other one.</source>
        <translation>Votre version a été enregistrée à la place de l&apos;autre.</translation>
    </message>
    <message>
        <source>Showing the version saved elsewhere; yours was not kept.</source>
        <translation>Affichage de la version enregistrée ailleurs&#xa0;; la vôtre n&apos;a pas été conservée.</translation>
    </message>
    <message>
        <source>Not saved: this draft was changed elsewhere. Your text is kept here until you choose.</source>
        <translation>Non enregistré&#xa0;: ce brouillon a été modifié ailleurs. Votre texte est conservé ici jusqu&apos;à votre choix.</translation>
    </message>
</context>
<context>
    <name>debrief::EditConflictDialog</name>
    <message>
        <source>Your version and the saved version, field by field</source>
        <translation>Votre version et la version enregistrée, champ par champ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La vôtre</translation>
    </message>
    <message>
        <source>Saved elsewhere</source>
        <translation>Enregistrée ailleurs</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Diffère</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Conserver ma version</translation>
    </message>
    <message>
        <source>&amp;Take Saved Version</source>
        <translation>&amp;Prendre la version enregistrée</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>Décider p&amp;lus tard</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>diffère</translation>
    </message>
</context>
<context>
    <name>debrief::InterviewListPanel</name>
    <message>
        <source>Panel: %1</source>
        <translation>Jury&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n scorecard(s) submitted</source>
        <translation>
            <numerusform>Grille d&apos;évaluation soumise&#xa0;: %1 sur %n</numerusform>
            <numerusform>Grilles d&apos;évaluation soumises&#xa0;: %1 sur %n</numerusform>
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
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Press Enter or double-click an interview to score it; the context menu reschedules or cancels it.</source>
        <translation>Appuyez sur Entrée ou double-cliquez sur un entretien pour le noter&#xa0;; le menu contextuel permet de le reprogrammer ou de l&apos;annuler.</translation>
    </message>
    <message>
        <source>Resched&amp;ule…</source>
        <translation>&amp;Reprogrammer…</translation>
    </message>
    <message>
        <source>&amp;Cancel Interview…</source>
        <translation>&amp;Annuler l&apos;entretien…</translation>
    </message>
    <message>
        <source>Save &amp;Invitation (.ics)…</source>
        <translation>Enregistrer l&apos;&amp;invitation (.ics)…</translation>
    </message>
    <message>
        <source>Schedu&amp;le Interview…</source>
        <translation>Planifier &amp;un entretien…</translation>
    </message>
    <message>
        <source>Selected Interview</source>
        <translation>Entretien sélectionné</translation>
    </message>
    <message>
        <source>Actions for the selected interview</source>
        <translation>Actions sur l&apos;entretien sélectionné</translation>
    </message>
    <message>
        <source>Reschedule, cancel or save the invitation of the selected interview.</source>
        <translation>Reprogrammer ou annuler l&apos;entretien sélectionné, ou enregistrer son invitation.</translation>
    </message>
    <message>
        <source>No interviews yet · &lt;a href=&quot;schedule&quot;&gt;Schedule interview…&lt;/a&gt;</source>
        <translation>Aucun entretien pour l&apos;instant · &lt;a href=&quot;schedule&quot;&gt;Planifier un entretien…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No interviews yet.</source>
        <translation>Aucun entretien pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>debrief::InterviewScoresPanel</name>
    <message>
        <source>rubric v%1</source>
        <translation>grille de critères v%1</translation>
    </message>
    <message>
        <source>Scorecards of the selected interview</source>
        <translation>Grilles d&apos;évaluation de l&apos;entretien sélectionné</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>Scorecards could not be loaded: %1</source>
        <translation>Les grilles d&apos;évaluation n&apos;ont pas pu être chargées&#xa0;: %1</translation>
    </message>
    <message>
        <source>No interviews yet.</source>
        <translation>Aucun entretien pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Select an interview to see its scorecards.</source>
        <translation>Sélectionnez un entretien pour voir ses grilles d&apos;évaluation.</translation>
    </message>
    <message>
        <source>Scored against “%1”, version %2</source>
        <translation>Noté avec «&#xa0;%1&#xa0;», version %2</translation>
    </message>
    <message>
        <source>Scored against different rubric versions (%1): each card says which.</source>
        <translation>Noté avec différentes versions de la grille de critères (%1)&#xa0;: chaque grille d&apos;évaluation indique laquelle.</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (vous)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · submitted, hidden</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · soumise, masquée</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · not started: press Enter on the interview to score it</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · non commencée&#xa0;: appuyez sur Entrée sur l&apos;entretien pour la noter</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · not submitted yet</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · pas encore soumise</translation>
    </message>
    <message>
        <source>no recommendation yet</source>
        <translation>pas encore de recommandation</translation>
    </message>
    <message>
        <source>draft, only you see it</source>
        <translation>brouillon, visible par vous seul</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>This interview was cancelled: nobody owes a scorecard for it.</source>
        <translation>Cet entretien a été annulé&#xa0;: personne ne doit de grille d&apos;évaluation pour lui.</translation>
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
    <name>debrief::LeadOnlyBanner</name>
    <message>
        <source>(no lead on the panel yet)</source>
        <translation>(aucun responsable dans le jury pour l&apos;instant)</translation>
    </message>
    <message>
        <source>Only a panel lead of this opening can record or amend its decision, or record an offer&apos;s answer: %1. Choose who you are with File › Switch Panelist….</source>
        <translation>Seul un responsable du jury de ce poste peut consigner ou modifier la décision, ou consigner la réponse à une offre&#xa0;: %1. Indiquez qui vous êtes avec Fichier › Changer de membre du jury….</translation>
    </message>
    <message>
        <source>Only a panel lead of this opening can record or amend its decision, or record an offer&apos;s answer: %1. You are working as %2, so this form is read-only (File › Switch Panelist… changes that).</source>
        <translation>Seul un responsable du jury de ce poste peut consigner ou modifier la décision, ou consigner la réponse à une offre&#xa0;: %1. Vous travaillez en tant que %2&#xa0;: ce formulaire est donc en lecture seule (Fichier › Changer de membre du jury… permet de changer cela).</translation>
    </message>
</context>
<context>
    <name>debrief::LogCommunicationDialog</name>
    <message>
        <source>No answer date promised yet.</source>
        <translation>Aucune date de réponse promise pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Log a Message or Call with %1</source>
        <translation>Consigner un message ou un appel avec %1</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Consigner</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <comment>date and time pattern</comment>
        <translation>d MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>From us to the candidate</source>
        <translation>De nous au candidat</translation>
    </message>
    <message>
        <source>From the candidate to us</source>
        <translation>Du candidat à nous</translation>
    </message>
    <message>
        <source>What was said or sent, in a sentence or two.</source>
        <translation>Ce qui a été dit ou envoyé, en une ou deux phrases.</translation>
    </message>
    <message>
        <source>The date this message promised the next answer by; it becomes the candidate&apos;s promised answer date.</source>
        <translation>La date avant laquelle ce message promet la prochaine réponse&#xa0;; elle devient la date de réponse promise au candidat.</translation>
    </message>
    <message>
        <source>This was our &amp;final answer</source>
        <translation>C&apos;était notre réponse dé&amp;finitive</translation>
    </message>
    <message>
        <source>The candidate waits for nothing more: their promised answer date is cleared.</source>
        <translation>Le candidat n&apos;attend plus rien&#xa0;: sa date de réponse promise est effacée.</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Sens&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Résumé&#xa0;:</translation>
    </message>
    <message>
        <source>Answer promised so far:</source>
        <translation>Réponse promise jusqu&apos;à présent&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Next answer promised by:</source>
        <translation>Prochaine réponse promise d&apos;ici &amp;le&#xa0;:</translation>
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
    <message>
        <source>No candidates yet.</source>
        <translation>Aucun candidat pour l&apos;instant.</translation>
    </message>
    <message>
        <source>&amp;New Panel Database…</source>
        <translation>&amp;Nouvelle base de données de jury…</translation>
    </message>
    <message>
        <source>Try the &amp;Demo</source>
        <translation>&amp;Essayer la démo</translation>
    </message>
    <message>
        <source>Open a sample database to look around in; your own data is not touched.</source>
        <translation>Ouvrir une base de données d&apos;exemple pour découvrir l&apos;application&#xa0;; vos propres données ne sont pas modifiées.</translation>
    </message>
    <message>
        <source>&amp;Add Candidate…</source>
        <translation>A&amp;jouter un candidat…</translation>
    </message>
    <message>
        <source>I&amp;mport from CSV…</source>
        <translation>I&amp;mporter depuis un CSV…</translation>
    </message>
    <message>
        <source>No candidates for %1 yet. Add them one by one, or import a CSV file from a job board or a spreadsheet.</source>
        <translation>Aucun candidat pour %1 pour l&apos;instant. Ajoutez-les un par un, ou importez un fichier CSV issu d&apos;un site d&apos;emploi ou d&apos;un tableur.</translation>
    </message>
    <message>
        <source>Add a candidate, and their details appear here.</source>
        <translation>Ajoutez un candidat&#xa0;: ses détails s&apos;afficheront ici.</translation>
    </message>
    <message>
        <source>Select a candidate to see their details.</source>
        <translation>Sélectionnez un candidat pour afficher ses détails.</translation>
    </message>
    <message>
        <source>No database open. Use File › New Panel Database… or File › Open….</source>
        <translation>Aucune base de données ouverte. Utilisez Fichier › Nouvelle base de données de jury… ou Fichier › Ouvrir….</translation>
    </message>
    <message>
        <source>%1 on %2 — Debrief</source>
        <translation>%1 sur %2 — Debrief</translation>
    </message>
</context>
<context>
    <name>debrief::MarkSentDialog</name>
    <message>
        <source>Mark as Sent</source>
        <translation>Marquer comme envoyé</translation>
    </message>
    <message>
        <source>Record that %1 has been told, and how. The message is logged as the panel&apos;s final answer and the application closes as rejected; this cannot be changed afterwards.</source>
        <translation>Consignez que %1 a été informé, et par quel moyen. Le message est consigné comme réponse définitive du jury et la candidature est clôturée comme refusée&#xa0;; cela ne pourra plus être modifié ensuite.</translation>
    </message>
    <message>
        <source>Sent &amp;by:</source>
        <translation>Envoyé &amp;via&#xa0;:</translation>
    </message>
    <message>
        <source>Mark as &amp;Sent</source>
        <translation>Marquer comme &amp;envoyé</translation>
    </message>
</context>
<context>
    <name>debrief::MessageTemplateEditor</name>
    <message>
        <source>Application (not interviewed)</source>
        <translation>Candidature (sans entretien)</translation>
    </message>
    <message>
        <source>Screening call</source>
        <translation>Appel de présélection</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Final round</source>
        <translation>Tour final</translation>
    </message>
    <message>
        <source>Message Templates[*]</source>
        <translation>Modèles de messages[*]</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>For candidates who reached the &amp;stage:</source>
        <translation>Pour les candidats ayant atteint l&apos;éta&amp;pe&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation>&amp;Objet</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Corps</translation>
    </message>
    <message>
        <source>&amp;Placeholders and flags</source>
        <translation>&amp;Variables et indicateurs</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Annuler les modifications</translation>
    </message>
    <message>
        <source>Go back to the newest saved version.</source>
        <translation>Revenir à la dernière version enregistrée.</translation>
    </message>
    <message>
        <source>Drafts written from now on use the new version (Ctrl+S).</source>
        <translation>Les brouillons rédigés à partir de maintenant utilisent la nouvelle version (Ctrl+S).</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>Discard your changes to this template and open another?</source>
        <translation>Abandonner vos modifications de ce modèle et en ouvrir un autre&#xa0;?</translation>
    </message>
    <message>
        <source>Message Templates</source>
        <translation>Modèles de messages</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>The preview returns once the template is fixed.</source>
        <translation>L&apos;aperçu reviendra une fois le modèle corrigé.</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Enregistré comme version %1.</translation>
    </message>
    <message>
        <source>Discard your changes and restore version %1?</source>
        <translation>Abandonner vos modifications et restaurer la version %1&#xa0;?</translation>
    </message>
    <message>
        <source>Close without saving your changes to this template?</source>
        <translation>Fermer sans enregistrer vos modifications de ce modèle&#xa0;?</translation>
    </message>
    <message>
        <source>Offer to the chosen candidate</source>
        <translation>Offre au candidat retenu</translation>
    </message>
    <message>
        <source>Save as Ne&amp;w Version</source>
        <translation>Enregi&amp;strer comme nouvelle version</translation>
    </message>
</context>
<context>
    <name>debrief::MoveToServerDialog</name>
    <message>
        <source>&amp;Move to Server…</source>
        <translation>&amp;Migrer vers un serveur…</translation>
    </message>
    <message>
        <source>Copy this database file to an empty database on a panel server</source>
        <translation>Copier ce fichier de base de données vers une base de données vide sur un serveur de jury</translation>
    </message>
    <message>
        <source>Move to Server</source>
        <translation>Migrer vers un serveur</translation>
    </message>
    <message>
        <source>Copies everything in %1 (openings, candidates, scorecards, decisions, drafts, templates and the audit log, with their ids) into an empty database on a panel server. The file itself stays as it is.</source>
        <translation>Copie tout le contenu de %1 (postes, candidats, grilles d&apos;évaluation, décisions, brouillons, modèles et journal d&apos;audit, avec leurs identifiants) dans une base de données vide sur un serveur de jury. Le fichier lui-même reste inchangé.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Adresse du &amp;serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Copy progress</source>
        <translation>Progression de la copie</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Migrer</translation>
    </message>
    <message>
        <source>Cancelling; nothing will be kept on the server…</source>
        <translation>Annulation&#xa0;; rien ne sera conservé sur le serveur…</translation>
    </message>
    <message>
        <source>Enter the address of the server database.</source>
        <translation>Saisissez l&apos;adresse de la base de données du serveur.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n opening(s) (%1 rows) to %2.</source>
        <translation>
            <numerusform>%n poste copié (%1 lignes) vers %2.</numerusform>
            <numerusform>%n postes copiés (%1 lignes) vers %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Copie en cours…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Open Server</source>
        <translation>&amp;Ouvrir le serveur</translation>
    </message>
</context>
<context>
    <name>debrief::MyInterviewsModel</name>
    <message>
        <source>no time yet</source>
        <translation>pas encore d&apos;horaire</translation>
    </message>
    <message>
        <source>⚠ Scorecard overdue</source>
        <translation>⚠ Grille d&apos;évaluation en retard</translation>
    </message>
    <message>
        <source>Scorecard to write</source>
        <translation>Grille d&apos;évaluation à rendre</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>%1 (draft started)</source>
        <translation>%1 (brouillon commencé)</translation>
    </message>
    <message>
        <source>%1 with %2 (%3). Press Enter to open your scorecard.</source>
        <translation>%1 avec %2 (%3). Appuyez sur Entrée pour ouvrir votre grille d&apos;évaluation.</translation>
    </message>
    <message>
        <source>Your scorecard for the %1 with %2 (%3) was due %4. Press Enter to write it.</source>
        <translation>Votre grille d&apos;évaluation pour «&#xa0;%1&#xa0;» avec %2 (%3) était à rendre le %4. Appuyez sur Entrée pour la rédiger.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
</context>
<context>
    <name>debrief::MyInterviewsView</name>
    <message>
        <source>My interviews</source>
        <translation>Mes entretiens</translation>
    </message>
    <message>
        <source>My interviews and the scorecards I owe</source>
        <translation>Mes entretiens et les grilles d&apos;évaluation que je dois rendre</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open your scorecard.</source>
        <translation>Appuyez sur Entrée ou double-cliquez pour ouvrir votre grille d&apos;évaluation.</translation>
    </message>
    <message>
        <source>Nobody is scoring on this computer yet. Choose who you are with File › Switch Panelist… to see your interviews here.</source>
        <translation>Personne ne note encore sur cet ordinateur. Indiquez qui vous êtes avec Fichier › Changer de membre du jury… pour voir vos entretiens ici.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n scorecard(s) to write</source>
        <translation>
            <numerusform>%1&#xa0;: %n grille d&apos;évaluation à rendre</numerusform>
            <numerusform>%1&#xa0;: %n grilles d&apos;évaluation à rendre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n overdue</source>
        <translation>
            <numerusform>⚠ %n en retard</numerusform>
            <numerusform>⚠ %n en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) coming up</source>
        <translation>
            <numerusform>%n entretien à venir</numerusform>
            <numerusform>%n entretiens à venir</numerusform>
        </translation>
    </message>
    <message>
        <source>. Enter opens the scorecard.</source>
        <translation>. Entrée ouvre la grille d&apos;évaluation.</translation>
    </message>
    <message>
        <source>Nothing to write and nothing coming up for %1. Interviews appear here once you are on one: schedule them from a candidate&apos;s Interviews tab or with Opening › Schedule Interview….</source>
        <translation>Rien à rédiger et rien à venir pour %1. Les entretiens apparaissent ici dès que vous y participez&#xa0;: planifiez-les depuis l&apos;onglet Entretiens d&apos;un candidat ou avec Poste › Planifier un entretien….</translation>
    </message>
</context>
<context>
    <name>debrief::OfferOutcomeDialog</name>
    <message>
        <source>Offer Declined or Hire Fell Through</source>
        <translation>Offre déclinée ou embauche non aboutie</translation>
    </message>
    <message>
        <source>Offer Accepted</source>
        <translation>Offre acceptée</translation>
    </message>
    <message>
        <source>For example: accepted a counter-offer; did not start</source>
        <translation>Par exemple&#xa0;: a accepté une contre-offre&#xa0;; n&apos;a pas pris son poste</translation>
    </message>
    <message>
        <source>&amp;Candidate:</source>
        <translation>&amp;Candidat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison&#xa0;:</translation>
    </message>
    <message>
        <source>Record &amp;Declined Offer</source>
        <translation>Consigner l&apos;offre &amp;déclinée</translation>
    </message>
    <message>
        <source>Record &amp;Accepted Offer</source>
        <translation>Consigner l&apos;offre &amp;acceptée</translation>
    </message>
    <message>
        <source>This opening has no decision yet: record it first.</source>
        <translation>Ce poste n&apos;a pas encore de décision&#xa0;: consignez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>No chosen candidate of this opening has an offer or a hire that could fall through.</source>
        <translation>Aucun candidat retenu pour ce poste n&apos;a d&apos;offre en cours ni d&apos;embauche qui pourrait ne pas aboutir.</translation>
    </message>
    <message>
        <source>No chosen candidate of this opening is waiting on an offer.</source>
        <translation>Aucun candidat retenu pour ce poste n&apos;a d&apos;offre en cours.</translation>
    </message>
    <message>
        <source>%1 moves to Hired. The runners-up are released from hold once every chosen candidate has accepted, and their answers wait under Ready in Rejection Drafts.</source>
        <translation>%1 passe à l&apos;étape Embauché. Les deuxièmes choix sortent de la réserve une fois que chaque candidat retenu a accepté, et leurs réponses attendent dans la section Prêts des Brouillons de refus.</translation>
    </message>
    <message>
        <source>%1 is withdrawn. No runner-up is on hold, so nobody moves up: amend the decision to choose someone else.</source>
        <translation>%1 passe à l&apos;étape Désisté. Aucun deuxième choix n&apos;est en réserve, donc personne ne prend sa place&#xa0;: modifiez la décision pour choisir quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>%1 is withdrawn. %2, the first runner-up on hold, becomes the chosen candidate, with an offer letter to start from in Rejection Drafts; the other runners-up stay on hold.</source>
        <translation>%1 passe à l&apos;étape Désisté. %2, premier deuxième choix en réserve, devient le candidat retenu, avec une lettre d&apos;offre à adapter dans Brouillons de refus&#xa0;; les autres deuxièmes choix restent en réserve.</translation>
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
    <name>debrief::OpeningSetupDialog</name>
    <message>
        <source>e.g. Backend Engineer</source>
        <translation>p. ex. Ingénieur backend</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Tea&amp;m:</source>
        <translation>É&amp;quipe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Hiring manager:</source>
        <translation>&amp;Responsable du recrutement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Positions:</source>
        <translation>Nombre de &amp;postes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>The rubric has its own editor (Opening › Edit Rubric…), which keeps a new version once scorecards were submitted against it.</source>
        <translation>La grille de critères a son propre éditeur (Poste › Modifier la grille de critères…), qui en conserve une nouvelle version dès que des grilles d&apos;évaluation ont été soumises avec elle.</translation>
    </message>
    <message>
        <source>&amp;Rubric</source>
        <translation>&amp;Grille de critères</translation>
    </message>
    <message>
        <source>Interview r&amp;ounds</source>
        <translation>T&amp;ours d&apos;entretiens</translation>
    </message>
    <message>
        <source>Pa&amp;nel</source>
        <translation>&amp;Jury</translation>
    </message>
    <message>
        <source>New Opening</source>
        <translation>Nouveau poste</translation>
    </message>
    <message>
        <source>Set Up Opening</source>
        <translation>Configurer le poste</translation>
    </message>
    <message>
        <source>&amp;Create Opening</source>
        <translation>&amp;Créer le poste</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: fix the %n problem(s) marked above.</source>
        <translation>
            <numerusform>Rien n&apos;a été enregistré&#xa0;: corrigez le %n problème signalé ci-dessus.</numerusform>
            <numerusform>Rien n&apos;a été enregistré&#xa0;: corrigez les %n problèmes signalés ci-dessus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sa&amp;ve Set-Up</source>
        <translation>&amp;Enregistrer la configuration</translation>
    </message>
    <message>
        <source>Opening Changed Elsewhere</source>
        <translation>Poste modifié ailleurs</translation>
    </message>
    <message>
        <source>The set-up of this opening was saved elsewhere (in another window or on another computer) after you opened this dialog. Nothing was overwritten. Compare the two versions and choose which to keep.</source>
        <translation>La configuration de ce poste a été enregistrée ailleurs (dans une autre fenêtre ou sur un autre ordinateur) après que vous avez ouvert cette boîte de dialogue. Rien n&apos;a été écrasé. Comparez les deux versions et choisissez celle à conserver.</translation>
    </message>
    <message>
        <source>Showing the set-up saved elsewhere; yours was not kept.</source>
        <translation>Affichage de la configuration enregistrée ailleurs&#xa0;; la vôtre n&apos;a pas été conservée.</translation>
    </message>
    <message>
        <source>Not saved: this opening was changed elsewhere. Your changes are kept here until you choose.</source>
        <translation>Non enregistré&#xa0;: ce poste a été modifié ailleurs. Vos modifications sont conservées ici jusqu&apos;à votre choix.</translation>
    </message>
</context>
<context>
    <name>debrief::OptionalDateEdit</name>
    <message>
        <source>None</source>
        <comment>no date set</comment>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date field pattern, see QDateTimeEdit::displayFormat</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Up and Down start from today; Delete with the whole date selected clears it.</source>
        <translation>Haut et Bas partent de la date du jour&#xa0;; Suppr, avec toute la date sélectionnée, l&apos;efface.</translation>
    </message>
</context>
<context>
    <name>debrief::PanelEditor</name>
    <message>
        <source>lead</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Jury</translation>
    </message>
    <message>
        <source>Stored panelist to add</source>
        <translation>Membre du jury enregistré à ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Panel lead</source>
        <translation>Responsable du jury</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>Responsab&amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>The lead may reveal scorecards to the panel and records the decision.</source>
        <translation>Le responsable peut révéler les grilles d&apos;évaluation au jury et consigne la décision.</translation>
    </message>
    <message>
        <source>New panelist&apos;s name</source>
        <translation>Nom du nouveau membre du jury</translation>
    </message>
    <message>
        <source>New panelist&apos;s e-mail address</source>
        <translation>Adresse e-mail du nouveau membre du jury</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Add Panel&amp;ist</source>
        <translation>Ajouter un &amp;membre du jury</translation>
    </message>
    <message>
        <source>Add Ne&amp;w</source>
        <translation>Ajouter un &amp;nouveau membre</translation>
    </message>
</context>
<context>
    <name>debrief::PersonActions</name>
    <message>
        <source>Export Everything About This Person</source>
        <translation>Exporter tout ce qui concerne cette personne</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved everything about %1 to %2 (readable by you only).</source>
        <translation>Tout ce qui concerne %1 a été enregistré dans %2 (lisible par vous seul).</translation>
    </message>
    <message>
        <source>Erase This Person</source>
        <translation>Effacer cette personne</translation>
    </message>
    <message>
        <source>Erase %1 and everything Debrief holds about them?</source>
        <translation>Effacer %1 et tout ce que Debrief conserve à son sujet&#xa0;?</translation>
    </message>
    <message>
        <source>This deletes them and %1 (%2), takes their name out of decision rationales, and cannot be undone. The audit log keeps only that a person was erased, with these counts.</source>
        <translation>Cela supprime cette personne ainsi que %1 (%2) et retire son nom des justifications de décision&#xa0;; c&apos;est irréversible. Le journal d&apos;audit ne conserve que la mention de l&apos;effacement d&apos;une personne, avec ce décompte.</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Erased candidate #%1 and %2.</source>
        <translation>Candidat n° %1 effacé, ainsi que %2.</translation>
    </message>
</context>
<context>
    <name>debrief::PipelineCommands</name>
    <message>
        <source>Move %1 to %2</source>
        <translation>Passer %1 à l&apos;étape %2</translation>
    </message>
    <message>
        <source>Change promised date of %1</source>
        <translation>Modifier la date promise pour %1</translation>
    </message>
    <message>
        <source>Clear promised date of %1</source>
        <translation>Effacer la date promise pour %1</translation>
    </message>
    <message>
        <source>Edit notes of %1</source>
        <translation>Modifier les notes de %1</translation>
    </message>
    <message>
        <source>Add reference for %1</source>
        <translation>Ajouter une référence pour %1</translation>
    </message>
    <message>
        <source>The reference no longer exists.</source>
        <translation>La référence n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Edit reference for %1</source>
        <translation>Modifier la référence pour %1</translation>
    </message>
    <message>
        <source>Remove reference for %1</source>
        <translation>Supprimer la référence pour %1</translation>
    </message>
    <message>
        <source>Add candidate %1</source>
        <translation>Ajouter le candidat %1</translation>
    </message>
    <message>
        <source>Keep your edit of %1</source>
        <translation>Conserver votre modification pour %1</translation>
    </message>
</context>
<context>
    <name>debrief::ReferenceDialog</name>
    <message>
        <source>Add Reference for %1</source>
        <translation>Ajouter une référence pour %1</translation>
    </message>
    <message>
        <source>Edit Reference for %1</source>
        <translation>Modifier la référence pour %1</translation>
    </message>
    <message>
        <source>e.g. former manager</source>
        <translation>p. ex. ancien responsable hiérarchique</translation>
    </message>
    <message>
        <source>phone or e-mail</source>
        <translation>téléphone ou e-mail</translation>
    </message>
    <message>
        <source>What the referee said, in their words where it matters.</source>
        <translation>Ce que le référent a dit, avec ses propres mots quand c&apos;est important.</translation>
    </message>
    <message>
        <source>The reference raised a &amp;concern the panel must weigh</source>
        <translation>La référence a émis une réser&amp;ve que le jury doit prendre en compte</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>&amp;Relation&#xa0;:</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>Con&amp;tact&#xa0;:</translation>
    </message>
    <message>
        <source>Contacted &amp;on:</source>
        <translation>C&amp;ontacté le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>Ré&amp;sumé&#xa0;:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>debrief::ReferenceListEditor</name>
    <message>
        <source>&amp;Add…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Record a referee for this candidate</source>
        <translation>Enregistrer un référent pour ce candidat</translation>
    </message>
    <message>
        <source>Remove the selected reference (Delete); Edit › Undo brings it back</source>
        <translation>Supprimer la référence sélectionnée (Suppr)&#xa0;; Édition › Annuler la rétablit</translation>
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
        <source>Reference Changed Elsewhere</source>
        <translation>Référence modifiée ailleurs</translation>
    </message>
    <message>
        <source>This reference was saved elsewhere (in another window or on another computer) after you opened it. Nothing was overwritten. Compare the two versions and choose which to keep.</source>
        <translation>Cette référence a été enregistrée ailleurs (dans une autre fenêtre ou sur un autre ordinateur) après que vous l&apos;avez ouverte. Rien n&apos;a été écrasé. Comparez les deux versions et choisissez celle à conserver.</translation>
    </message>
</context>
<context>
    <name>debrief::RejectionDraftsView</name>
    <message>
        <source>Held (%1): wait until the chosen candidate accepts</source>
        <translation>En suspens (%1)&#xa0;: attendre que le candidat retenu accepte</translation>
    </message>
    <message>
        <source>Ready (%1)</source>
        <translation>Prêts (%1)</translation>
    </message>
    <message>
        <source>Sent (%1)</source>
        <translation>Envoyés (%1)</translation>
    </message>
    <message>
        <source>Candidates not chosen</source>
        <translation>Candidats non retenus</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Stage reached</source>
        <translation>Étape atteinte</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>&amp;Open Draft</source>
        <translation>&amp;Ouvrir le brouillon</translation>
    </message>
    <message>
        <source>Save All Ready as .&amp;eml…</source>
        <translation>Enregistrer tous les brouillons prêts en .&amp;eml…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Rejection Drafts — %1</source>
        <translation>Brouillons de refus — %1</translation>
    </message>
    <message>
        <source>Sent %1 by %2</source>
        <translation>Envoyé le %1 (%2)</translation>
    </message>
    <message>
        <source>Not drafted yet: opening it writes one from the template</source>
        <translation>Pas encore de brouillon&#xa0;: l&apos;ouvrir en rédige un à partir du modèle</translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation>Brouillon enregistré le %1</translation>
    </message>
    <message>
        <source>Save Ready Rejections in Folder</source>
        <translation>Enregistrer les refus prêts dans un dossier</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n .eml file(s) to %1, readable by you only; each is noted in the candidate&apos;s communication log.</source>
        <translation>
            <numerusform>%n fichier .eml écrit dans %1, lisible par vous seul&#xa0;; il est noté dans le journal des échanges du candidat.</numerusform>
            <numerusform>%n fichiers .eml écrits dans %1, lisibles par vous seul&#xa0;; chacun est noté dans le journal des échanges du candidat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled before the end.</source>
        <translation>Annulé avant la fin.</translation>
    </message>
    <message>
        <source>Rejection Drafts</source>
        <translation>Brouillons de refus</translation>
    </message>
    <message>
        <source>Offer letters (%1): the chosen candidate&apos;s offer is pending</source>
        <translation>Lettres d&apos;offre (%1)&#xa0;: l&apos;offre faite au candidat retenu est en cours</translation>
    </message>
    <message>
        <source>The letters for &lt;b&gt;%1&lt;/b&gt;: the chosen candidate&apos;s offer, and the answer to everyone not chosen, held, ready or sent. Enter opens a draft.</source>
        <translation>Les courriers pour &lt;b&gt;%1&lt;/b&gt;&#xa0;: l&apos;offre faite au candidat retenu et la réponse à toutes les personnes non retenues, qu&apos;elle soit en suspens, prête ou envoyée. Entrée ouvre un brouillon.</translation>
    </message>
    <message>
        <source>Writing rejection e-mails…</source>
        <translation>Écriture des e-mails de refus…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Not written, because the tone check has open findings on them: open each draft to review it, then save it on its own.</source>
        <translation>Non écrits, car la vérification du ton a des remarques non résolues à leur sujet&#xa0;: ouvrez chaque brouillon pour le vérifier, puis enregistrez-le individuellement.</translation>
    </message>
</context>
<context>
    <name>debrief::ReportExportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>PDF/&amp;A for archiving</source>
        <translation>PDF/&amp;A pour l&apos;archivage</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Candidate:</source>
        <translation>&amp;Candidat&#xa0;:</translation>
    </message>
    <message>
        <source>Page &amp;size:</source>
        <translation>&amp;Taille de page&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>Export Report: %1</source>
        <translation>Exporter un rapport&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose the file to write the report to.</source>
        <translation>Choisissez le fichier dans lequel écrire le rapport.</translation>
    </message>
    <message>
        <source>Choose the candidate the packet is about.</source>
        <translation>Choisissez le candidat concerné par le dossier.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>Écriture de la page %1 sur %2…</translation>
    </message>
    <message>
        <source>The report could not be written to %1.

%2</source>
        <translation>Le rapport n&apos;a pas pu être écrit dans %1.

%2</translation>
    </message>
    <message>
        <source>The folder %1 could not be created, so the report was not written.</source>
        <translation>Le dossier %1 n&apos;a pas pu être créé&#xa0;: le rapport n&apos;a donc pas été écrit.</translation>
    </message>
</context>
<context>
    <name>debrief::RetentionRunner</name>
    <message>
        <source>The retention period could not be applied: %1</source>
        <translation>La durée de conservation n&apos;a pas pu être appliquée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Anonymised %n candidate(s) rejected or withdrawn with no activity for over %1 (File › Data Protection…).</source>
        <translation>
            <numerusform>%n candidat refusé ou désisté, sans activité depuis plus de %1, a été anonymisé (Fichier › Protection des données…).</numerusform>
            <numerusform>%n candidats refusés ou désistés, sans activité depuis plus de %1, ont été anonymisés (Fichier › Protection des données…).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::RoundListEditor</name>
    <message>
        <source>Interview rounds</source>
        <translation>Tours d&apos;entretiens</translation>
    </message>
    <message>
        <source>Double-click or press F2 to rename a round.</source>
        <translation>Double-cliquez ou appuyez sur F2 pour renommer un tour.</translation>
    </message>
    <message>
        <source>Name of a new round</source>
        <translation>Nom d&apos;un nouveau tour</translation>
    </message>
    <message>
        <source>New round, e.g. “Phone screen”</source>
        <translation>Nouveau tour, p. ex. «&#xa0;Entretien téléphonique&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Add Round</source>
        <translation>&amp;Ajouter le tour</translation>
    </message>
    <message>
        <source>Add the round named on the left</source>
        <translation>Ajouter le tour nommé à gauche</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected round</source>
        <translation>Supprimer le tour sélectionné</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected round earlier</source>
        <translation>Avancer le tour sélectionné</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected round later</source>
        <translation>Reculer le tour sélectionné</translation>
    </message>
    <message>
        <source>Rounds already stored stay; rename them instead.</source>
        <translation>Les tours déjà enregistrés restent&#xa0;; renommez-les plutôt.</translation>
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
        <translation>&amp;Nom de la grille de critères&#xa0;:</translation>
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
        <source>&amp;Description:</source>
        <translation>Descri&amp;ption&#xa0;:</translation>
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
    <message>
        <source>Rename “%1”</source>
        <translation>Renommer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Change level %2 anchor of “%1”</source>
        <translation>Modifier l&apos;ancrage du niveau %2 de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <source>Wei&amp;ght:</source>
        <translation>P&amp;oids&#xa0;:</translation>
    </message>
</context>
<context>
    <name>debrief::RubricSourcePicker</name>
    <message>
        <source>Rubric to start from</source>
        <translation>Grille de critères de départ</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Modèle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copy the rubric of “%1”</source>
        <translation>Copier la grille de critères de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No rubric yet (write it in the rubric editor)</source>
        <translation>Pas encore de grille de critères (à rédiger dans l&apos;éditeur de grille de critères)</translation>
    </message>
    <message>
        <source>The opening starts without criteria; add them with Opening › Edit Rubric….</source>
        <translation>Le poste commence sans critères&#xa0;; ajoutez-les avec Poste › Modifier la grille de critères….</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1 &lt;span style=&apos;color:gray&apos;&gt;(weight %2, 1–%3)&lt;/span&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1 &lt;span style=&apos;color:gray&apos;&gt;(poids %2, 1–%3)&lt;/span&gt;&lt;/li&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria</source>
        <translation>
            <numerusform>%n critère</numerusform>
            <numerusform>%n critères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggested round(s)</source>
        <translation>
            <numerusform>%n tour suggéré</numerusform>
            <numerusform>%n tours suggérés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::ScheduleInterviewDialog</name>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>Reschedule Interview with %1</source>
        <translation>Reprogrammer l&apos;entretien avec %1</translation>
    </message>
    <message>
        <source>Schedule Interview with %1</source>
        <translation>Planifier un entretien avec %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <comment>date and time as typed into the schedule dialog, see QDateTimeEdit::displayFormat</comment>
        <translation>dd/MM/yyyy HH:mm</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Room, address or phone number</source>
        <translation>Salle, adresse ou numéro de téléphone</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Panelists on the interview</source>
        <translation>Membres du jury de l&apos;entretien</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected panelist.</source>
        <translation>Espace coche ou décoche le membre du jury sélectionné.</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Tour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Date et heure&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Video link:</source>
        <translation>Lien de &amp;visioconférence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Panelists:</source>
        <translation>&amp;Membres du jury&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;schedule</source>
        <translation>&amp;Reprogrammer</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Planifier</translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <translation>%1 (responsable)</translation>
    </message>
    <message>
        <source>No e-mail address on record: named in the invitation but not invited by it.</source>
        <translation>Aucune adresse e-mail enregistrée&#xa0;: nommé dans l&apos;invitation, mais pas invité par celle-ci.</translation>
    </message>
    <message>
        <source>%1 · time zone %2</source>
        <translation>%1 · fuseau horaire %2</translation>
    </message>
    <message>
        <source>Interview Changed Elsewhere</source>
        <translation>Entretien modifié ailleurs</translation>
    </message>
    <message>
        <source>This interview was saved elsewhere (in another window or on another computer) after you opened this form. Nothing was overwritten. Compare the two versions and choose which to keep.</source>
        <translation>Cet entretien a été enregistré ailleurs (dans une autre fenêtre ou sur un autre ordinateur) après que vous avez ouvert ce formulaire. Rien n&apos;a été écrasé. Comparez les deux versions et choisissez celle à conserver.</translation>
    </message>
    <message>
        <source>The interview was cancelled meanwhile; schedule a new one instead.</source>
        <translation>L&apos;entretien a été annulé entre-temps&#xa0;; il faut plutôt en planifier un nouveau.</translation>
    </message>
    <message>
        <source>Showing the version saved elsewhere; yours was not kept.</source>
        <translation>Affichage de la version enregistrée ailleurs&#xa0;; la vôtre n&apos;a pas été conservée.</translation>
    </message>
    <message>
        <source>Not saved: this interview was changed elsewhere. Your changes are kept here until you choose.</source>
        <translation>Non enregistré&#xa0;: cet entretien a été modifié ailleurs. Vos modifications sont conservées ici jusqu&apos;à votre choix.</translation>
    </message>
</context>
<context>
    <name>debrief::SchedulingCommands</name>
    <message>
        <source>Schedule interview with %1</source>
        <translation>Planifier un entretien avec %1</translation>
    </message>
    <message>
        <source>Reschedule interview with %1</source>
        <translation>Reprogrammer l&apos;entretien avec %1</translation>
    </message>
    <message>
        <source>Cancel interview with %1</source>
        <translation>Annulation de l&apos;entretien avec %1</translation>
    </message>
    <message>
        <source>The candidate or the round of this interview no longer exists.</source>
        <translation>Le candidat ou le tour de cet entretien n&apos;existe plus.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
</context>
<context>
    <name>debrief::ScoreLevelPicker</name>
    <message>
        <source>Locked: submitted</source>
        <translation>Verrouillé&#xa0;: grille soumise</translation>
    </message>
</context>
<context>
    <name>debrief::ScorecardConflict</name>
    <message>
        <source>Scorecard Changed Elsewhere</source>
        <translation>Grille d&apos;évaluation modifiée ailleurs</translation>
    </message>
    <message>
        <source>This scorecard was saved elsewhere (in another window or on another computer) at %1, after you opened it. Nothing was overwritten. Compare the two versions and choose which to keep.</source>
        <translation>Cette grille d&apos;évaluation a été enregistrée ailleurs (dans une autre fenêtre ou sur un autre ordinateur) le %1, après que vous l&apos;avez ouverte. Rien n&apos;a été écrasé. Comparez les deux versions et choisissez celle à conserver.</translation>
    </message>
    <message>
        <source>The saved version has been submitted. Take it; to change it afterwards, amend it with a reason.</source>
        <translation>La version enregistrée a été soumise. Prenez-la&#xa0;; pour la changer ensuite, apportez-y une modification motivée.</translation>
    </message>
</context>
<context>
    <name>debrief::ScorecardEditor</name>
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
        <source>Scorecard: %1</source>
        <translation>Grille d&apos;évaluation&#xa0;: %1</translation>
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
        <source>%1 · %2 · scored by %3 against “%4”</source>
        <translation>%1 · %2 · notée par %3 avec «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>Rubric v%1</source>
        <translation>Grille de critères v%1</translation>
    </message>
    <message>
        <source>Scored against “%1”, version %2. The card keeps this version when the rubric is edited later.</source>
        <translation>Notée avec «&#xa0;%1&#xa0;», version %2. La grille d&apos;évaluation conserve cette version lorsque la grille de critères est modifiée par la suite.</translation>
    </message>
    <message>
        <source>not part of this round</source>
        <translation>ne fait pas partie de ce tour</translation>
    </message>
    <message>
        <source>The debrief opening has no finalist with an interview.</source>
        <translation>Le poste du débriefing n&apos;a aucun finaliste ayant eu un entretien.</translation>
    </message>
    <message>
        <source>No scorecards of the debrief opening are visible yet.</source>
        <translation>Aucune grille d&apos;évaluation du poste du débriefing n&apos;est encore visible.</translation>
    </message>
    <message>
        <source>Submit Scorecard</source>
        <translation>Soumettre la grille d&apos;évaluation</translation>
    </message>
    <message>
        <source>Left “not assessed” in this round: %1.

Submit anyway? A submitted scorecard can only be changed by an amendment with a reason.</source>
        <translation>Critères laissés sur «&#xa0;non évalué&#xa0;» dans ce tour&#xa0;: %1.

Soumettre quand même&#xa0;? Une grille d&apos;évaluation soumise ne peut ensuite être changée que par une modification motivée.</translation>
    </message>
    <message>
        <source>&amp;Submit Anyway</source>
        <translation>&amp;Soumettre quand même</translation>
    </message>
    <message>
        <source>&amp;Keep Scoring</source>
        <translation>&amp;Continuer à noter</translation>
    </message>
    <message numerus="yes">
        <source>Not saved yet: your changes are kept here, and Debrief tries again in %n seconds.</source>
        <translation>
            <numerusform>Pas encore enregistré&#xa0;: vos modifications sont conservées ici, et Debrief réessaie dans %n seconde.</numerusform>
            <numerusform>Pas encore enregistré&#xa0;: vos modifications sont conservées ici, et Debrief réessaie dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database this scorecard belongs to was closed.</source>
        <translation>La base de données à laquelle appartient cette grille d&apos;évaluation a été fermée.</translation>
    </message>
    <message>
        <source>This scorecard was changed elsewhere; choose which version to keep.</source>
        <translation>Cette grille d&apos;évaluation a été modifiée ailleurs&#xa0;; choisissez la version à conserver.</translation>
    </message>
    <message>
        <source>Your amendment is kept here; submit it again to store it.</source>
        <translation>Votre modification est conservée ici&#xa0;; soumettez-la de nouveau pour l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Showing the version saved elsewhere; yours was not kept.</source>
        <translation>Affichage de la version enregistrée ailleurs&#xa0;; la vôtre n&apos;a pas été conservée.</translation>
    </message>
    <message>
        <source>Not saved: this scorecard was changed elsewhere. Your changes are kept here until you choose.</source>
        <translation>Non enregistré&#xa0;: cette grille d&apos;évaluation a été modifiée ailleurs. Vos modifications sont conservées ici jusqu&apos;à votre choix.</translation>
    </message>
</context>
<context>
    <name>debrief::ScorecardExchangeActions</name>
    <message>
        <source>Send &amp;Scorecards…</source>
        <translation>&amp;Envoyer les grilles d&apos;évaluation…</translation>
    </message>
    <message>
        <source>&amp;Import Scorecards…</source>
        <translation>&amp;Importer des grilles d&apos;évaluation…</translation>
    </message>
    <message>
        <source>Send Scorecards</source>
        <translation>Envoyer les grilles d&apos;évaluation</translation>
    </message>
    <message>
        <source>Select the opening whose scorecards you want to send.</source>
        <translation>Sélectionnez le poste dont vous voulez envoyer les grilles d&apos;évaluation.</translation>
    </message>
    <message>
        <source>Import Scorecards</source>
        <translation>Importer des grilles d&apos;évaluation</translation>
    </message>
    <message>
        <source>Debrief scorecards (*.json)</source>
        <translation>Grilles d&apos;évaluation Debrief (*.json)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>debrief::ScorecardImportResultDialog</name>
    <message>
        <source>Import Scorecards</source>
        <translation>Importer des grilles d&apos;évaluation</translation>
    </message>
    <message>
        <source>Import details</source>
        <translation>Détails de l&apos;importation</translation>
    </message>
    <message>
        <source>Inserted %1, unchanged %2, conflicts %3.</source>
        <translation>Insérées&#xa0;: %1, inchangées&#xa0;: %2, conflits&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file conflicts with scorecards already stored. %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: le fichier est en conflit avec des grilles d&apos;évaluation déjà enregistrées. %1</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Insérées</translation>
    </message>
    <message>
        <source>Would have been inserted</source>
        <translation>Auraient été insérées</translation>
    </message>
    <message>
        <source>Already up to date</source>
        <translation>Déjà à jour</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s).</source>
        <translation>
            <numerusform>Rien n&apos;a été importé&#xa0;: le fichier contient %n problème.</numerusform>
            <numerusform>Rien n&apos;a été importé&#xa0;: le fichier contient %n problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>debrief::ScorecardMenu</name>
    <message>
        <source>Scorecards on this computer are written as this panelist. File › Switch Panelist… changes it.</source>
        <translation>Les grilles d&apos;évaluation sur cet ordinateur sont rédigées au nom de ce membre du jury. Fichier › Changer de membre du jury… permet de le modifier.</translation>
    </message>
    <message>
        <source>S&amp;witch Panelist…</source>
        <translation>&amp;Changer de membre du jury…</translation>
    </message>
    <message>
        <source>Reveal &amp;Scores to Panel</source>
        <translation>&amp;Révéler les notes au jury</translation>
    </message>
    <message>
        <source>Let every panelist see all submitted scorecards of this opening, even before submitting their own.</source>
        <translation>Permettre à chaque membre du jury de voir toutes les grilles d&apos;évaluation soumises pour ce poste, même avant d&apos;avoir soumis la sienne.</translation>
    </message>
    <message>
        <source>Switch Panelist</source>
        <translation>Changer de membre du jury</translation>
    </message>
    <message>
        <source>This database has no panelists yet.</source>
        <translation>Cette base de données ne contient encore aucun membre du jury.</translation>
    </message>
    <message>
        <source>Who Is Scoring?</source>
        <translation>Qui note&#xa0;?</translation>
    </message>
    <message>
        <source>Scorecards on this computer are written as:</source>
        <translation>Les grilles d&apos;évaluation sur cet ordinateur sont rédigées au nom de&#xa0;:</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Grille d&apos;évaluation</translation>
    </message>
    <message>
        <source>Reveal Scores</source>
        <translation>Révéler les notes</translation>
    </message>
    <message>
        <source>Scoring as %1</source>
        <translation>Notation en tant que %1</translation>
    </message>
    <message>
        <source>Scorecards on this server are written as the panelist linked to your login.</source>
        <translation>Les grilles d&apos;évaluation sur ce serveur sont rédigées au nom du membre du jury lié à votre compte de connexion.</translation>
    </message>
</context>
<context>
    <name>debrief::SendScorecardsDialog</name>
    <message>
        <source>Send Scorecards</source>
        <translation>Envoyer les grilles d&apos;évaluation</translation>
    </message>
    <message>
        <source>Opening:</source>
        <translation>Poste&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Panelist:</source>
        <translation>&amp;Membre du jury&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>There is no panelist to send scorecards for.</source>
        <translation>Il n&apos;y a aucun membre du jury pour lequel envoyer des grilles d&apos;évaluation.</translation>
    </message>
    <message numerus="yes">
        <source>%n submitted scorecard(s) will be saved; drafts stay here. The file holds notes about candidates: send it only to the panel lead.</source>
        <translation>
            <numerusform>%n grille d&apos;évaluation soumise sera enregistrée&#xa0;; les brouillons restent ici. Le fichier contient des notes sur des candidats&#xa0;: ne l&apos;envoyez qu&apos;au responsable du jury.</numerusform>
            <numerusform>%n grilles d&apos;évaluation soumises seront enregistrées&#xa0;; les brouillons restent ici. Le fichier contient des notes sur des candidats&#xa0;: ne l&apos;envoyez qu&apos;au responsable du jury.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Scorecards</source>
        <translation>Enregistrer les grilles d&apos;évaluation</translation>
    </message>
    <message>
        <source>Debrief scorecards (*.json)</source>
        <translation>Grilles d&apos;évaluation Debrief (*.json)</translation>
    </message>
</context>
<context>
    <name>debrief::ServerMenu</name>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>Se connecter à un ser&amp;veur…</translation>
    </message>
    <message>
        <source>Work on the panel&apos;s shared server instead of a file.</source>
        <translation>Travailler sur le serveur partagé du jury plutôt que sur un fichier.</translation>
    </message>
    <message>
        <source>Connected; the password could not be remembered: %1</source>
        <translation>Connecté&#xa0;; le mot de passe n&apos;a pas pu être mémorisé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>debrief::StrengthChoices</name>
    <message>
        <source>Strength sentences</source>
        <translation>Phrases sur les points forts</translation>
    </message>
    <message>
        <source>A&amp;pply to Draft</source>
        <translation>Appli&amp;quer au brouillon</translation>
    </message>
    <message>
        <source>Writes the message again from the template with these choices.</source>
        <translation>Réécrit le message à partir du modèle avec ces choix.</translation>
    </message>
    <message>
        <source>Mention the &amp;deciding factor (%1)</source>
        <translation>Mentionner le facteur &amp;décisif (%1)</translation>
    </message>
    <message>
        <source>What the panel sa&amp;w (check to include, F2 to edit)</source>
        <translation>Ce que le jury a &amp;vu (cochez pour inclure, F2 pour modifier)</translation>
    </message>
    <message>
        <source>Offer a c&amp;all about the decision</source>
        <translation>Proposer un &amp;appel au sujet de la décision</translation>
    </message>
    <message numerus="yes">
        <source>%1: mean %2 over %n score(s); no evidence notes.</source>
        <translation>
            <numerusform>%1&#xa0;: moyenne de %2 pour %n note&#xa0;; aucun élément factuel noté.</numerusform>
            <numerusform>%1&#xa0;: moyenne de %2 pour %n notes&#xa0;; aucun élément factuel noté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: mean %2 over %n score(s). Evidence: %3</source>
        <translation>
            <numerusform>%1&#xa0;: moyenne de %2 pour %n note. Éléments factuels&#xa0;: %3</numerusform>
            <numerusform>%1&#xa0;: moyenne de %2 pour %n notes. Éléments factuels&#xa0;: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::TalentPoolModel</name>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 de plus</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucun consigné</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Strengths recorded</source>
        <translation>Points forts consignés</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>Poste d&apos;origine</translation>
    </message>
    <message>
        <source>Got as far as</source>
        <translation>Étape atteinte</translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>No strengths recorded: no submitted scorecard you may see rated them above the middle of the scale.</source>
        <translation>Aucun point fort consigné&#xa0;: aucune grille d&apos;évaluation soumise visible pour vous ne l&apos;a noté au-dessus du milieu de l&apos;échelle.</translation>
    </message>
</context>
<context>
    <name>debrief::TalentPoolSuggestionDialog</name>
    <message>
        <source>Talent Pool Suggestions for %1</source>
        <translation>Suggestions du vivier de talents pour %1</translation>
    </message>
    <message>
        <source>These people from the talent pool fit “%1”. Tick the ones to add to the opening; they start as applicants, and nobody is contacted.</source>
        <translation>Ces personnes du vivier de talents correspondent à «&#xa0;%1&#xa0;». Cochez celles à ajouter au poste&#xa0;; elles commencent à l&apos;étape Candidature, et personne n&apos;est contacté.</translation>
    </message>
    <message>
        <source>Suggested candidates</source>
        <translation>Candidats suggérés</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>Poste d&apos;origine</translation>
    </message>
    <message>
        <source>Why they fit</source>
        <translation>Pourquoi ils correspondent</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Add to Opening</source>
        <translation>&amp;Ajouter au poste</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>Space ticks the selected person.</source>
        <translation>La barre d&apos;espace coche la personne sélectionnée.</translation>
    </message>
</context>
<context>
    <name>debrief::TalentPoolView</name>
    <message>
        <source>Talent pool</source>
        <translation>Vivier de talents</translation>
    </message>
    <message>
        <source>Name, strength, evidence or opening</source>
        <translation>Nom, point fort, éléments factuels ou poste</translation>
    </message>
    <message>
        <source>Press Enter or double-click to show the application.</source>
        <translation>Appuyez sur Entrée ou double-cliquez pour afficher la candidature.</translation>
    </message>
    <message>
        <source>Strengths and evidence</source>
        <translation>Points forts et éléments factuels</translation>
    </message>
    <message>
        <source>Select a candidate to see what the panel found strong, in its own words.</source>
        <translation>Sélectionnez un candidat pour voir ce que le jury a jugé fort, avec ses propres mots.</translation>
    </message>
    <message>
        <source>Applied for %1</source>
        <translation>Candidature au poste %1</translation>
    </message>
    <message>
        <source>Got as far as: %1</source>
        <translation>Étape atteinte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last contacted: %1</source>
        <translation>Dernier contact&#xa0;: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>In the talent pool: %1</source>
        <translation>Dans le vivier de talents&#xa0;: %1</translation>
    </message>
    <message>
        <source>In the talent pool: %1 of %2 shown</source>
        <translation>Dans le vivier de talents&#xa0;: %1 affichés sur %2</translation>
    </message>
    <message>
        <source>Loo&amp;k for:</source>
        <translation>Chercher dans le &amp;vivier&#xa0;:</translation>
    </message>
    <message>
        <source>Nobody is in the talent pool yet. Tick “Keep in mind” for a runner-up in Decision › Record Decision…, and they appear here for the next opening.</source>
        <translation>Personne n&apos;est encore dans le vivier de talents. Cochez «&#xa0;Garder en vivier&#xa0;» pour un deuxième choix dans Décision › Consigner la décision…&#xa0;: il apparaîtra ici pour le prochain poste.</translation>
    </message>
</context>
<context>
    <name>debrief::TemplateFieldList</name>
    <message>
        <source>Placeholders and flags</source>
        <translation>Variables et indicateurs</translation>
    </message>
    <message>
        <source>Press Enter or double-click to insert at the cursor.</source>
        <translation>Appuyez sur Entrée ou double-cliquez pour insérer au curseur.</translation>
    </message>
</context>
<context>
    <name>debrief::TemplateHistoryPanel</name>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>&amp;Restore as New Version</source>
        <translation>&amp;Restaurer comme nouvelle version</translation>
    </message>
    <message>
        <source>Saves the selected version&apos;s text again as the newest version; the versions in between stay in the history.</source>
        <translation>Enregistre à nouveau le texte de la version sélectionnée comme version la plus récente&#xa0;; les versions intermédiaires restent dans l&apos;historique.</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>shipped with Debrief</source>
        <translation>fournie avec Debrief</translation>
    </message>
</context>
<context>
    <name>debrief::TemplatePreview</name>
    <message>
        <source>In the talent pool</source>
        <translation>Dans le vivier de talents</translation>
    </message>
    <message>
        <source>Deciding factor shared</source>
        <translation>Facteur décisif communiqué</translation>
    </message>
    <message>
        <source>Feedback call offered</source>
        <translation>Appel de retour proposé</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Preview for a sample candidate</source>
        <translation>Aperçu pour un candidat fictif</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
</context>
<context>
    <name>debrief::ToneFindingsPanel</name>
    <message>
        <source>Tone findings</source>
        <translation>Remarques sur le ton</translation>
    </message>
    <message>
        <source>Nothing to flag: no cold, vague or risky wording found.</source>
        <translation>Rien à signaler&#xa0;: aucune formulation froide, vague ou risquée trouvée.</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Instead: %1</source>
        <translation>Plutôt&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter selects the words in the draft.</source>
        <translation>Entrée sélectionne les mots dans le brouillon.</translation>
    </message>
    <message>
        <source>&amp;Tone check</source>
        <translation>Vérification du &amp;ton</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Tone check: %n finding(s)</source>
        <translation>
            <numerusform>Vérification du &amp;ton&#xa0;: %n remarque</numerusform>
            <numerusform>Vérification du &amp;ton&#xa0;: %n remarques</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::WaitingOnUsBadge</name>
    <message>
        <source>Waiting on us: %1</source>
        <translation>En attente de notre réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nobody is waiting past a date we promised them an answer.</source>
        <translation>Personne n&apos;attend au-delà d&apos;une date de réponse que nous lui avons promise.</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) past the date we promised them an answer. Click to see who.</source>
        <translation>
            <numerusform>%n candidat attend au-delà de la date de réponse que nous lui avions promise. Cliquez pour voir qui.</numerusform>
            <numerusform>%n candidats attendent au-delà de la date de réponse que nous leur avions promise. Cliquez pour voir qui.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::WaitingOnUsModel</name>
    <message>
        <source>%1 (on hold)</source>
        <translation>%1 (en réserve)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) was promised an answer by %3 and has waited %n day(s) since.</source>
        <translation>
            <numerusform>%1 (%2) attend depuis %n jour la réponse promise d&apos;ici le %3.</numerusform>
            <numerusform>%1 (%2) attend depuis %n jours la réponse promise d&apos;ici le %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>Réponse promise d&apos;ici le</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
</context>
<context>
    <name>debrief::WaitingOnUsView</name>
    <message>
        <source>Waiting on us</source>
        <translation>En attente de notre réponse</translation>
    </message>
    <message>
        <source>Candidates waiting on us</source>
        <translation>Candidats en attente de notre réponse</translation>
    </message>
    <message>
        <source>Press Enter or double-click to show the candidate.</source>
        <translation>Appuyez sur Entrée ou double-cliquez pour afficher le candidat.</translation>
    </message>
    <message>
        <source>Everyone we promised an answer has had one, or the date has not come yet.</source>
        <translation>Chaque personne à qui nous avons promis une réponse l&apos;a reçue, ou la date n&apos;est pas encore arrivée.</translation>
    </message>
    <message>
        <source>Everyone past the date we promised them an answer, oldest promise first. Log a message with a new date, or the answer itself, to take someone off this list.</source>
        <translation>Toutes les personnes ayant dépassé la date à laquelle nous leur avions promis une réponse, de la promesse la plus ancienne à la plus récente. Consignez un message avec une nouvelle date, ou la réponse elle-même, pour retirer quelqu&apos;un de cette liste.</translation>
    </message>
    <message>
        <source>Nobody is waiting past a date we promised them an answer. When you promise someone an answer by a date (Opening › Log a Message or Call…, or their Answer promised date), they appear here once that date has passed.</source>
        <translation>Personne n&apos;attend au-delà d&apos;une date de réponse que nous lui avons promise. Lorsque vous promettez une réponse à quelqu&apos;un pour une date donnée (Poste › Consigner un message ou un appel…, ou son champ «&#xa0;Réponse promise&#xa0;»), la personne apparaît ici une fois cette date passée.</translation>
    </message>
</context>
<context>
    <name>debrief::WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Welcome to Debrief</source>
        <translation>Bienvenue dans Debrief</translation>
    </message>
    <message>
        <source>Debrief helps an interview panel decide fairly and answer every candidate well. The panel fixes a scored rubric before the interviews, each panelist scores on their own and sees the others&apos; scores only after submitting, the finalists are compared side by side, the decision is recorded with its reasons, and every other candidate gets a specific, honest answer on time.</source>
        <translation>Debrief aide un jury d&apos;entretien à décider équitablement et à bien répondre à chaque candidat. Le jury fixe une grille de critères notée avant les entretiens, chaque membre du jury note de son côté et ne voit les notes des autres qu&apos;après avoir soumis les siennes, les finalistes sont comparés côte à côte, la décision est consignée avec ses raisons, et chaque autre candidat reçoit à temps une réponse précise et honnête.</translation>
    </message>
    <message>
        <source>&amp;Set Up the First Opening…</source>
        <translation>Configurer le &amp;premier poste…</translation>
    </message>
    <message>
        <source>Title, panel, interview rounds and a rubric from a template.</source>
        <translation>Intitulé, jury, tours d&apos;entretiens et une grille de critères à partir d&apos;un modèle.</translation>
    </message>
    <message>
        <source>&amp;New Panel Database…</source>
        <translation>&amp;Nouvelle base de données de jury…</translation>
    </message>
    <message>
        <source>A new file for one opening or a whole team; then its first opening.</source>
        <translation>Un nouveau fichier pour un poste ou toute une équipe&#xa0;; puis son premier poste.</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Ouvrir une &amp;base de données…</translation>
    </message>
    <message>
        <source>A panel database you or a colleague keep elsewhere.</source>
        <translation>Une base de données de jury que vous ou un collègue conservez ailleurs.</translation>
    </message>
    <message>
        <source>&amp;Try the Demo</source>
        <translation>&amp;Essayer la démo</translation>
    </message>
    <message>
        <source>A sample database with openings in every state, finalists waiting for their debrief and a decided opening, to look around in. Your own data is not touched.</source>
        <translation>Une base de données d&apos;exemple avec des postes dans tous les états, des finalistes qui attendent leur débriefing et un poste décidé, pour découvrir l&apos;application. Vos propres données ne sont pas modifiées.</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>Bases de données récentes</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open.</source>
        <translation>Appuyez sur Entrée ou double-cliquez pour ouvrir.</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>Bases de données &amp;récentes</translation>
    </message>
    <message>
        <source>%1 has no openings yet.</source>
        <translation>%1 ne contient encore aucun poste.</translation>
    </message>
    <message>
        <source>No panel database is open.</source>
        <translation>Aucune base de données de jury n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (introuvable)</translation>
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
