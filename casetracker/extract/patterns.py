"""Named regular expressions used by extraction, grouped by what they read.

Each pattern is compiled once, with a comment naming what it matches and a sample line.
Sections are owned by the module that uses them; edit only your own section.
"""

from __future__ import annotations

import re

# --- stamps ---
# The header stamp CM/ECF prints on every page of a filed document. Stamps differ by
# court, so the parser finds a stamp head (the case number after "Case") and then reads
# each field with its own small pattern anywhere in the rest of the line.

# A date as stamps print it: month/day/year, two- or four-digit year.
# "07/08/25", "10/31/2017"
STAMP_DATE = r"(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4}|\d{2})"

# A district (or bankruptcy-style) case number: office, year, type, sequence, judges.
# "3:25-cv-05536-VC", "8:20-cv-00123-T-36AEP", "1:20-cv-00123"
DISTRICT_CASE_NUMBER = (
    r"(?P<office>\d{1,2}):(?P<yy>\d{2})-(?P<kind>[A-Za-z]{1,4})-(?P<seq>\d{1,6})"
    r"(?P<judges>(?:-[A-Za-z0-9]{1,8})*)"
)

# An appellate (or bankruptcy) number: year (2 or 4 digits) and sequence, optional suffix.
# "20-16276", "17-3510", "2020-1234" (Fed. Cir.), "19-12345-abc" (bankruptcy)
SHORT_CASE_NUMBER = (
    r"(?P<ayear>\d{2}(?:\d{2})?)-(?P<aseq>\d{3,6})(?P<asuffix>(?:-[A-Za-z]{2,6}(?![A-Za-z]))?)"
)

# The head of a stamp: the word "Case"/"Appeal" (with the appellate courts' prefixes),
# then the case number. "Case 3:25-cv-…", "Case: 1:20-cv-…" (N.D. Ill.), "Case No. 1:20-cv-…"
# (D. Colo.), "USCA4 Appeal: 20-1234", "USCA Case #20-5123" (D.C. Cir.),
# "Appellate Case: 20-1234" (8th, 10th Cir.), "USCA11 Case: 20-12345".
STAMP_HEAD = re.compile(
    r"(?<![A-Za-z])(?:USCA\d{0,2}\s+|Appellate\s+)?(?:Case|Appeal)(?:\s+No\.?)?\s*[:#]?\s*#?\s*"
    rf"(?:{DISTRICT_CASE_NUMBER}|{SHORT_CASE_NUMBER})(?![\d:])"
)

# The docket entry (and attachment) number. "Document 44-2", "Document #: 45" (N.D. Ill.),
# "DktEntry: 19" (9th Cir.), "Doc 45" (bankruptcy), "Doc: 12" (4th Cir.),
# "Document #1834567" (D.C. Cir., a document id: too long to be an entry, see stamp.py).
STAMP_ENTRY = re.compile(
    r"\b(?:Document|Doc|DktEntry|Dkt\.?\s*Entry)\s*(?:No\.?)?\s*[:#]*\s*#?\s*:?\s*"
    r"(?P<entry>\d{1,12})(?:-(?P<attachment>\d{1,4}))?(?!\d)",
    re.IGNORECASE,
)

# The filed date, labelled. "Filed 07/08/25", "Filed: 02/03/20", "Date Filed: 02/03/2020",
# "Filed on 02/03/20 in TXSD" (S.D. Tex.), "filed 02/03/20 USDC Colorado" (D. Colo.)
STAMP_FILED = re.compile(rf"\bFiled(?:\s+on)?\s*:?\s*{STAMP_DATE}\b", re.IGNORECASE)

# An unlabelled date, as the 9th and 2d Circuits print it between commas.
# "Case: 20-16276, 08/05/2020, ID: 11778722, …", "Case 17-3510, Document 1-1, 10/31/2017, …"
STAMP_ANY_DATE = re.compile(rf"(?<![\d/]){STAMP_DATE}(?![\d/])")

# The page and page count. "Page 2 of 31", "Page1 of 2" (2d Cir.), "Page: 1" (3d Cir.),
# "Pg: 1 of 5" (4th Cir.), "pg 1 of 5" (D. Colo.). "Page ID #:365" does not match: "ID" follows.
STAMP_PAGE = re.compile(
    r"\b(?:Page|Pg)\s*:?\s*(?P<page>\d{1,5})(?:\s*of\s*(?P<count>\d{1,5}))?(?!\d)", re.IGNORECASE
)

# The 7th Circuit prints the count alone. "Pages: 5"
STAMP_PAGES = re.compile(r"\bPages\s*:\s*(?P<count>\d{1,5})\b", re.IGNORECASE)

# The district's running page id. "Page ID #:365" (C.D. Cal.), "PageID: 263" (D.N.J.),
# "PageID #:678" (N.D. Ill.), "PageID 123" (N.D. Tex., M.D. Fla.)
STAMP_PAGE_ID = re.compile(r"\bPage\s?ID\s*(?:#\s*)?:?\s*(?P<page_id>\d{1,9})\b", re.IGNORECASE)

# A bankruptcy stamp has an "Entered" date too; it marks a district-level (not appellate)
# stamp whose case number has no office prefix. "Doc 45 Filed 01/02/20 Entered 01/02/20 …"
STAMP_ENTERED = re.compile(r"\bEntered\b\s*:?\s*\d", re.IGNORECASE)

# --- dates ---
# Pieces of a date phrase; `dates.py` builds its patterns from these.

# A month name, full or abbreviated with an optional period. "August", "Aug.", "Sept."
MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)

# "August 7, 2025", "Aug. 7, 2025", "August 7 2025", "AUGUST 7, 2025"
DATE_MONTH_FIRST = re.compile(
    rf"\b(?P<month>{MONTH_NAME})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b",
    re.IGNORECASE,
)

# "7 August 2025" (military and foreign style)
DATE_DAY_FIRST = re.compile(
    rf"\b(?P<day>\d{{1,2}})\s+(?P<month>{MONTH_NAME}),?\s+(?P<year>\d{{4}})\b", re.IGNORECASE
)

# "the 7th day of August, 2025", "this 7th day of August 2025"
DATE_DAY_OF = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+day\s+of\s+(?P<month>{MONTH_NAME}),?\s+"
    r"(?P<year>\d{4})\b",
    re.IGNORECASE,
)

# "8/7/2025", "07/08/25", "8-7-2025" (not a case number "3:25-cv-…" nor a fraction in a cite)
DATE_NUMERIC = re.compile(
    r"(?<![\d/:-])(?P<month>\d{1,2})(?P<sep>[/-])(?P<day>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})"
    r"(?![\d/-])"
)

# --- caption ---

# The district court line; "FOR THE" and "IN THE" are optional, the district may be absent.
# "UNITED STATES DISTRICT COURT NORTHERN DISTRICT OF CALIFORNIA",
# "IN THE UNITED STATES DISTRICT COURT FOR THE DISTRICT OF ARIZONA"
DISTRICT_COURT = re.compile(
    r"UNITED\s+STATES\s+DISTRICT\s+COURT[\s,]+(?:FOR\s+THE\s+)?"
    r"(?P<district>(?:NORTHERN|SOUTHERN|EASTERN|WESTERN|CENTRAL|MIDDLE)\s+)?"
    r"DISTRICT\s+OF\s+(?P<state>(?:THE\s+)?[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,2})",
    re.IGNORECASE,
)

# A court of appeals, numbered or named. "UNITED STATES COURT OF APPEALS FOR THE NINTH
# CIRCUIT", "United States Court of Appeals for the District of Columbia Circuit"
APPEALS_COURT = re.compile(
    r"UNITED\s+STATES\s+COURT\s+OF\s+APPEALS\s+(?:FOR\s+THE\s+)?"
    r"(?P<circuit>FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH|ELEVENTH"
    r"|DISTRICT\s+OF\s+COLUMBIA|FEDERAL)\s+CIRCUIT",
    re.IGNORECASE,
)

# "SUPREME COURT OF THE UNITED STATES", "In the Supreme Court of the United States"
SUPREME_COURT = re.compile(r"SUPREME\s+COURT\s+OF\s+THE\s+UNITED\s+STATES", re.IGNORECASE)

# A court named only as the court below, which is not this document's court.
# "On Appeal from the United States District Court for the Northern District of California"
APPEAL_FROM = re.compile(r"(?:appeal|review|petition)\w*\s+(?:from|of)\s+(?:the\s+)?$", re.I)

# A district case number as printed in a caption, judges' initials joined by hyphens,
# spaces or parentheses. "3:25-cv-05536-VC", "8:16-cv-1261 DOC (KESx)",
# "3:18-cv-16281(BRM)(TJB)", "1:20-CV-00123-ABC-DEF"; without the office ("No. 25-cv-05536-VC");
# S.D.N.Y.'s "25 Civ. 6120 (HRO)" and "24 Cr. 112 (JMF)"
CAPTION_DISTRICT_NUMBER = re.compile(
    r"(?:\b(?P<office>\d{1,2}):|(?<![\d:-]))(?P<yy>\d{2})"
    r"(?:-?(?P<kind>cv|cr|mc|md|bk|ap|mj|po|sw|dp)-?|\s+(?P<word>Civ|Cr|Misc)\.?\s+)"
    r"(?P<seq>\d{1,6})(?P<judges>(?:(?:\s*-\s*|[ \t]+|\s*\(\s*)[A-Z]{1,4}x?\)?(?![a-z.]))*)",
    re.IGNORECASE,
)

# An appellate or MDL number after "No." or "Docket". "No. 20-16276", "Docket #: 17-3510",
# "No. MDL 15-02641-PHX-DGC", "Case Nos. 20-55436"
CAPTION_SHORT_NUMBER = re.compile(
    r"\b(?:Case\s+)?(?:No|Docket|Number)s?\.?\s*#?:?\s*(?P<mdl>MDL\s+(?:No\.\s*)?)?"
    r"(?P<number>\d{2}(?:\d{2})?-\d{2,6}(?:-[A-Z]{2,4})*|(?<=MDL No\. )\d{3,5})\b",
)

# The role line closing a block of parties, alone or after the names on the same line.
# "Plaintiffs,", "Defendants.", "Plaintiffs-Appellees,", "Intervenor-Defendant.",
# "Amici Curiae.", "Petitioner,", "Plaintiffs, Appellees," (1st Cir.), "Plaintiffs – Appellees,"
# (4th Cir., an en dash: the hyphen alone read the two words as a party's name),
# "Plaintiff(s)" / "Defendant(s)" (the AO 440 summons form)
ROLE_WORD = (
    r"(?:(?:Plaintif(?:f|\s(?=s))|Defendant|Petitioner|Respondent|Appellant|Appellee|Intervenor|Movant"
    r"|Cross-Appellant|Cross-Appellee|Counter-Plaintiff|Counter-Defendant|Applicant"
    r"|Intervenor-Plaintiff|Intervenor-Defendant)(?:s|\(s\))?(?:\s*(?:[-–—]|,|and)\s*"
    r"(?:Appellee|Appellant|Petitioner|Respondent|Intervenor|Cross-Appellee|Cross-Appellant"
    r"|Plaintiff|Defendant)s?)?"
    r"|Amicus\s+Curiae|Amici\s+Curiae)"
)
ROLE_LINE = re.compile(rf"^\s*(?P<role>{ROLE_WORD})\s*[,.;:]?\s*(?P<rest>.*)$", re.IGNORECASE)
ROLE_AT_END = re.compile(rf"^(?P<names>.*?\S)[,;]?\s+(?P<role>{ROLE_WORD})\s*[,.;:]?\s*$", re.I)

# The separator between the sides. "v.", "vs.", "V.", "versus", "-against-", "-v-" (S.D.N.Y.)
VERSUS_LINE = re.compile(
    r"^\s*(?:(?:vs|VS|v|V)\.?|-\s*(?:v|V)\.?\s*-|-?\s*(?:versus|against|VERSUS|AGAINST)\s*-?)"
    r"(?:\s+(?P<rest>.*))?$"
)

# A person sued in an official capacity, with the office.
# "ROBERT F. KENNEDY, JR., in his official capacity as Secretary of Health and Human Services"
OFFICIAL_CAPACITY = re.compile(
    r"^(?P<name>.+?),?\s+(?:in\s+(?:his|her|their|its)\s+official\s+capacit(?:y|ies)\s+as\s+"
    r"(?:the\s+)?)(?P<office>.+)$",
    re.IGNORECASE | re.DOTALL,
)

# An order's decretal opening; the caption's parties end before it (its line may end with
# "Plaintiff", which read as a role line). "IT IS ORDERED that …", "IT IS FURTHER ORDERED"
DECRETAL_LINE = re.compile(r"^\s*IT\s+IS\s+(?:[A-Z]+\s+)?ORDERED\b")

# The line under an appellate caption naming the court below; the parties end before it.
# "On Appeal from the United States District Court", "Petition for Review of an Order of …"
APPEAL_FROM_LINE = re.compile(
    r"^\s*(?:On\s+)?(?:Appeal|Petition\s+for\s+Review|Review)\s+(?:from|of)\b", re.IGNORECASE
)

# An MDL or in-rem caption with no sides. "IN RE: Bard IVC Filters Products Liability Litigation"
IN_RE = re.compile(r"^\s*IN\s+RE\s*:?\s+\S", re.IGNORECASE)

# Right-column lines of a caption that are not parties: the case number, hearing and judge
# lines. "Case No. 3:25-cv-05536-VC", "Date: August 7, 2025", "Judge: Hon. Vince Chhabria",
# "Courtroom: 4, 17th Floor", "Action Filed: July 1, 2025", "Civ. No. 3:18-cv-16281(BRM)",
# "No. CV-25-03120-PHX-DJH" (D. Ariz.; its "CV-" prefix hid the number at first); not the
# docket reference of a title, "… INJUNCTION [ECF NO. 18]", which cut the title in two;
# "State of Arizona, No." (a complaint's number left blank for the clerk); "v. C.A. No. 1:25-cv-
# 00128" (D.R.I.; "C.A." was read as a defendant's name); a bare "1:25-cv-01234-ABC" and
# "Filed On: October 9, 2025" under a D.C. Circuit order's number (both read as a party's name)
CAPTION_RIGHT = re.compile(
    r"(?:\b(?:Case|Civil\s+Action|Civ\.|Civil|Misc\.|Criminal|C\.\s?A\.)\s+(?:Action\s+)?No[s]?\.?"
    r"|(?<!ECF )(?<!Dkt\. )(?<!Doc\. )(?<!Docket )\bNo\.\s*(?:[A-Z]{2,3}-)?\d|\bNo\.\s*$"
    r"|\bMDL\s+No|\b\d{1,2}:\d{2}-[A-Za-z]{2}-\d"
    r"|\b(?:Date|Time|Courtroom|Ctrm|Dept|Place|Location|Hearing(?:\s+Date)?|Judge|Trial\s+Date"
    r"|(?:Action\s+|Complaint\s+)?Filed(?:\s+On)?)\s*:"
    r"|\bHon(?:\.|orable)\s+[A-Z])",
    re.IGNORECASE,
)

# A caption column drawn with ")" or ":" or "§" characters; the text after it is the right side.
# "STATE OF CALIFORNIA, et al., )  Case No. 3:25-cv-05536-VC", "Plaintiff, : Civ. No. 3:18"
# A run of spaces is entered at its first space only, so a line of 200,000 blanks stays linear.
COLUMN_MARK = re.compile(r"(?<!\s)\s+[):§]\s*(?=\S|$)|^\s*[):§]\s*(?=\S|$)")

# The judge, labelled in the caption. "Judge: Hon. Vince Chhabria", "Judge: Honorable Jane Doe"
# (not the "DC Judge:" of a court of appeals docketing notice, which names the judge below)
JUDGE_LABEL = re.compile(
    r"(?<!DC )(?<!District )\bJudge\s*:[ \t]*(?:The[ \t]+)?(?:Hon(?:\.|orable)[ \t]+)?"
    r"(?P<name>[A-Z][A-Za-z.'-]*(?:[ \t]+[A-Z][A-Za-z.'-]*){1,3})"
)

# The judge's signature: a name line then the office. "VINCE CHHABRIA\nUnited States
# District Judge", "Hon. Jane Doe, United States Magistrate Judge", "Rossie D. Alston, Jr.\n
# United States District Judge"
JUDGE_SIGNATURE = re.compile(
    r"(?:^|\n)[ \t]*(?:/s/\s*)?(?:(?:The\s+)?(?i:Hon(?:\.|orable))\s+)?"
    r"(?P<name>[A-Z][A-Za-z.'-]+(?:[ \t]+[A-Z][A-Za-z.'-]+){1,3}"
    r"(?:,[ \t]*(?:Jr|Sr)\.|[ \t]+I{2,3})?)"
    r"[ \t]*,?[ \t]*\n?[ \t]*"
    r"(?i:(?:Chief\s+)?(?:United\s+States|U\.\s?S\.)\s+(?:Senior\s+)?"
    r"(?:District|Magistrate|Circuit|Bankruptcy)\s+Judge)"
)

# The judge's signature with the short office after the name, as E.D. Pa. and D.N.J. sign.
# "DANIEL P. WHITCOMB, J.", "JULIEN X. NEALS, U.S.D.J."; not the one-word by-line
# "Whitcomb, J." (a surname only) nor "J.D." after a lawyer's name.
JUDGE_SIGNATURE_SHORT = re.compile(
    r"(?:^|\n)[ \t]*(?:/s/\s*)?"
    r"(?P<name>[A-Z][A-Za-z.'-]+(?:[ \t]+[A-Z][A-Za-z.'-]+){1,3}(?:,[ \t]*(?:Jr|Sr)\.)?)"
    r",[ \t]*(?:U\.S\.D\.J\.|U\.S\.M\.J\.|D\.J\.|C\.J\.|J\.)[ \t]*(?=\n|$)"
)

# A title printed with its letters spaced out. "O R D E R" (D.C. Cir.), "M E M O R A N D U M"
LETTER_SPACED = re.compile(r"(?<![A-Za-z])(?:[A-Z] ){2,}[A-Z](?![A-Za-z])")

# The judge named with a title in running text or the caption. "Hon. Vince Chhabria",
# "Judge Vince Chhabria", "the Honorable Vince Chhabria"
JUDGE_HONORIFIC = re.compile(
    r"\b(?:Hon(?:\.|orable)|(?<!DC )(?<!Chief )Judge)\s+(?P<name>[A-Z][A-Za-z.'-]+"
    r"(?:[ \t]+[A-Z][A-Za-z.'-]+){1,3})"
)

# A caption written on one line, in a letter's "Re:" line or a minute form's "Case Name:".
# "Re: State of California, et al. v. U.S. Department of Health and Human Services, et al.,
# No. 3:25-cv-05536-VC", "Case Name: Doe v. Roe"
INLINE_CAPTION = re.compile(
    r"^[ \t]*(?:Re|RE|Case\s+Name|Case\s+Title|Caption)\s*:\s*(?P<left>[^\n]+?(?:\n[^\n]+?)?)"
    r"\s+(?:v\.|vs\.|V\.)\s+(?P<right>[^\n]+(?:\n(?![A-Z][A-Za-z ]{2,30}:)[^\n]+)?)",
    re.MULTILINE,
)

# Section headings that follow a title; the title stops before them.
# "INTRODUCTION", "INTEREST OF AMICI CURIAE", "TO ALL PARTIES AND THEIR COUNSEL OF RECORD:"
SECTION_HEADING = re.compile(
    r"^\s*(?:[IVX]+\.\s+)?(?:INTRODUCTION|INTEREST\s+OF|SUMMARY\s+OF|BACKGROUND|ARGUMENT"
    r"|TO\s+ALL\s+PARTIES|TO\s+THE\s+COURT|PRELIMINARY\s+STATEMENT|STATEMENT\s+OF|TABLE\s+OF"
    r"|NATURE\s+OF\s+THE\s+ACTION|JURISDICTION|PARTIES|LEGAL\s+STANDARD|DISCUSSION|CONCLUSION"
    r"|RELIEF\s+REQUESTED|NOTICE\s+OF\s+MOTION\s+AND\s+MOTION$|MEMORANDUM\s+OF\s+POINTS)\b"
)

# A letter's salutation; a paper that opens so is a letter. "Dear Clerk:", "Dear Judge Roe:"
LETTER_SALUTATION = re.compile(
    r"^\s*Dear\s+(?:Clerk|Judge|Justice|Magistrate|Mr|Ms|Sir|Madam)\b", re.M
)

# A date standing alone on its line near the top (a letter's date). "August 15, 2025"
DATE_LINE = re.compile(r"^[ \t]*(?P<date>[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})[ \t]*$", re.M)

# --- doctype ---

# The words that begin a document title (after an optional party possessive).
# "PLAINTIFFS' NOTICE OF MOTION AND MOTION FOR PRELIMINARY INJUNCTION", "[PROPOSED] ORDER",
# "NOTIFICATION OF DOCKET ENTRY" (an N.D. Ill. minute entry), "PLAINTIFF'S EMERGENCY MOTION
# FOR TEMPORARY RESTRAINING ORDER" (the modifier hid the title), "ANSWERING BRIEF FOR
# PLAINTIFFS-APPELLEES", "SUMMONS IN A CIVIL ACTION" (the AO 440 form), "AFFIDAVIT OF SERVICE"
TITLE_START = re.compile(
    r"^\s*(?:\[PROPOSED\]\s*)?(?:(?:[A-Z][A-Z.\-&]*\s+){0,3}[A-Z]+S?[’']S?\s+)?"
    r"(?:\[PROPOSED\]\s*)?"
    r"(?:(?:EMERGENCY|RENEWED|UNOPPOSED|CONSENT|EXPEDITED|CORRECTED|REVISED|CROSS-)\s*){0,2}"
    r"(?:FIRST\s+|SECOND\s+|THIRD\s+)?(?:AMENDED\s+)?(?:JOINT\s+)?"
    r"(?:NOTICE|MOTION|ORDER|COMPLAINT|OPPOSITION|REPLY|RESPONSE|DECLARATION|STIPULAT|BRIEF"
    r"|MEMORANDUM|OPINION|JUDGMENT|ANSWER\b|APPLICATION|PETITION|REQUEST|STATUS|CASE\s+MANAGEMENT"
    r"|SCHEDULING|SUGGESTION|DOCKETING|CIVIL\s+MINUTES|MINUTE|LETTER|REPORT|OBJECTION"
    r"|SUPPLEMENTAL|EX\s+PARTE|ADMINISTRATIVE|TEMPORARY|PRELIMINARY|PROTECTIVE|CERTIFICATE"
    r"|NOTIFICATION|(?:OPENING|ANSWERING|PRINCIPAL)\s+BRIEF"
    r"|AMICUS|AMICI|CLERK[’']S\s+NOTICE|SUMMONS|PROOF\s+OF\s+SERVICE|AFFIDAVIT|RETURN\s+OF\s+SERVICE)",
)

# "[PROPOSED]" in any of its spellings. "[PROPOSED] ORDER", "(PROPOSED) ORDER"
PROPOSED = re.compile(r"[\[(]\s*PROPOSED\s*[\])]", re.IGNORECASE)

# A signed order's sign-off. "IT IS SO ORDERED.", "PURSUANT TO STIPULATION, IT IS SO ORDERED"
SO_ORDERED = re.compile(r"IT\s+IS\s+(?:SO|HEREBY|FURTHER)\s+ORDERED", re.IGNORECASE)

# The document's own date line. "Dated: July 1, 2025", "DATED this 7th day of August, 2025"
DATED_LINE = re.compile(r"^\s*(?:Dated|DATED|Date|Executed\s+on)\b[:,]?\s*(?P<rest>.*)$", re.M)

# Words that start a description of a party rather than a new party.
# "in his official capacity as Secretary of …", "by and through its Attorney General",
# "a federal agency", "individually and on behalf of all others similarly situated"
DESCRIPTOR_START = re.compile(
    r"^(?:in\s+(?:his|her|their|its)\b|by\s+and\s+through|by\s+its|a\s|an\s|individually"
    r"|on\s+behalf|inclusive|acting|sued\s|as\s|ex\s+rel|through\s|et\s+al|and\s+all\s)",
    re.IGNORECASE,
)

# A State acting through an office, with no holder named yet (a name may follow the comma).
# "STATE OF RHODE ISLAND, by and through its Attorney General", "…, by and through its Governor"
ACTS_THROUGH_OFFICE = re.compile(
    r",\s*by\s+and\s+through\s+(?:its|his|her|their)\s+[A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*){0,3}$"
)

# A name suffix split from its name by a comma. "KENNEDY, JR.", "ACME, INC.", "Foo, LLC"
NAME_SUFFIX = re.compile(
    r"^(?:Jr|Sr|II|III|IV|Inc|LLC|L\.L\.C|LLP|L\.P|LP|Ltd|Co|Corp|N\.A|P\.C|P\.A|PLLC|PLC"
    r"|S\.A|GmbH|Esq)\.?(?:\s|$)",
    re.IGNORECASE,
)

# "et al." in its spellings. "STATE OF CALIFORNIA, et al.,", "ET AL", "et al"
# (Entered at a comma or at the start of a blank run only: linear on a page of blanks.)
ET_AL = re.compile(r"(?:,|(?<![\s,]))\s*\bet\.?\s+al\b\.?", re.IGNORECASE)

# Fictitious defendants, not tracked as parties. "DOES 1 through 10, inclusive", "John Does 1-5"
FICTITIOUS = re.compile(r"^(?:and\s+)?(?:JOHN\s+|JANE\s+)?DOES?\s+\d", re.IGNORECASE)

# Lines around a caption that are neither parties nor title. "SAN FRANCISCO DIVISION",
# "AT SEATTLE", "WO", "NOT FOR PUBLICATION", "________"; "Alexandria Division" (E.D. Va.,
# in mixed case, was read as part of the first plaintiff's name); a court of appeals' filed
# stamp in the caption: "FILED", "SEP 22 2025", "MOLLY C. DWYER, CLERK", "U.S. COURT OF
# APPEALS"; "ORAL ARGUMENT NOT YET SCHEDULED" (D.C. Cir.); the tail of a NextGen notice's court
# line, "- CM/ECF NextGen 1.8" (N.D. Ill.); an S.D.N.Y. box's rule with its corner, "-------x"
# (the "x" joined the first plaintiff's name); a D.C. Circuit order's "September Term, 2025"
CAPTION_NOISE = re.compile(
    r"^\s*(?:[A-Z .]+\s+DIVISION|[A-Z][A-Za-z .]+\s+Division|AT\s+[A-Z ]+"
    r"|NOT\s+FOR\s+(?:PUBLICATION|CITATION)|WO|O|FILED|[A-Z]{3}\s+\d{1,2}\s+\d{4}"
    r"|[A-Z][A-Z. ]*,\s*CLERK|U\.S\.\s+COURT\s+OF\s+APPEALS|ORAL\s+ARGUMENT\s+NOT\s+YET\s+SCHEDULED"
    r"|[-–\s]*CM/ECF\b.*|[_=*\-\s]+[xX)]?|[):§:]+|\d{1,2}|[A-Z][A-Za-z]+\s+(?i:Term),?\s+\d{4})"
    r"\s*$"
)

# A postal address under a party's name (D.D.C. captions give each party's address).
# "1350 Pennsylvania Avenue NW", "Washington, DC 20004,", "Baltimore, MD 21244"
ADDRESS_LINE = re.compile(
    r"^\d{1,6}\s+(?:[A-Z0-9][\w.'-]*\s+){0,5}(?:Street|St\.?|Avenue|Ave\.?|Boulevard|Blvd\.?"
    r"|Road|Rd\.?|Drive|Dr\.?|Way|Lane|Place|Plaza|Suite|Square|Parkway|Pkwy\.?)\b"
    r"|^\d{1,6}\s+.*\b(?:NW|NE|SW|SE)\b|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b,?\s*$",
    re.IGNORECASE,
)

# A caption line that names a party rather than continuing a title printed beside it.
# "U.S. DEPARTMENT OF", "STATE OF ARIZONA,", "ACME CORP., et al.,"
PARTY_LIKE = re.compile(
    r"^\s*(?:THE\s+)?(?:U\.\s?S\.|UNITED\s+STATES|STATE\s+OF|COMMONWEALTH|PEOPLE\s+OF"
    r"|DISTRICT\s+OF|DEPARTMENT|OFFICE\s+OF)\b|\bet\s+al\b|,\s*$",
    re.IGNORECASE,
)

# Where an unmarked caption's title fragment goes on: the previous fragment ends on a word
# that needs more, or this line starts with a joining word or carries a title noun.
# "ORDER GRANTING IN PART AND DENYING IN" / "PART MOTION FOR TEMPORARY RESTRAINING" / "ORDER"
TITLE_DANGLING = re.compile(
    r"\b(?:IN|OF|FOR|AND|TO|THE|ON|RE:?|A|AN|WITH|OR|BY|GRANTING|DENYING|TEMPORARY|PRELIMINARY"
    r"|RESTRAINING|EXTEND|SUMMARY|PLAINTIFFS?['’]?|DEFENDANTS?['’]?|[A-Z]+['’]S?)\s*$"
)
TITLE_FRAGMENT = re.compile(
    r"^\s*(?:FOR|TO|OF|AND|IN|ON|RE|REGARDING|PENDING|WITH|\[|\()"
    r"|\b(?:ORDER|MOTION|INJUNCTION|JUDGMENT|DISMISS|DEADLINES?|RELIEF|HEARING|BRIEF|STAY"
    r"|APPEAL|COMPLAINT|SUPPORT|OPPOSITION|REPLY|SCHEDUL\w*|CONFERENCE|EXTENSION|TIME)\b"
)

# The Supreme Court's slip-opinion head, which stands for a title (a scanned opinion's OCR
# text has no caption title block). "(Slip Opinion) OCTOBER TERM, 2012 1"
SLIP_OPINION = re.compile(r"^[ \t]*\((?P<title>Slip\s+Opinion)\)", re.IGNORECASE | re.MULTILINE)

# An opinion's decision date, its own date when it carries no "Dated:" line.
# "No. 11-889. Argued April 23, 2013—Decided June 13, 2013"
DECIDED = re.compile(r"\bDecided\s+(?P<rest>[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})")

# A title that ends by naming the side it is filed for. "ANSWERING BRIEF FOR
# PLAINTIFFS-APPELLEES", "… IN SUPPORT OF APPELLANTS AND REVERSAL"
TITLE_ENDS_WITH_SIDE = re.compile(
    r"\b(?:APPELLEES?|APPELLANTS?|PLAINTIFFS?|DEFENDANTS?|PETITIONERS?|RESPONDENTS?|AFFIRMANCE"
    r"|REVERSAL)\s*$"
)

# A line that is only a person's name in capitals. "ROB BONTA", "SEAN H. RIORDAN"
PERSON_NAME_LINE = re.compile(r"[A-Z][A-Z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][A-Z'’-]+){1,2}")

# A judge's by-line under the title, which the title stops before.
# "BURROUGHS, D.J.", "NEALS, District Judge", "J. PAUL OETKEN, United States District Judge:"
JUDGE_BYLINE = re.compile(
    r"^\s*[A-Z][A-Za-z.'’ -]{1,40},\s*(?:U\.S\.D\.J\.|D\.J\.|C\.J\.|J\.|U\.S\.M\.J\."
    r"|(?:Chief\s+|Senior\s+)?(?:United\s+States\s+)?(?:District|Magistrate|Circuit)\s+Judge)"
    r"\s*:?\s*$",
    re.IGNORECASE,
)

# Amici named in a brief's title. "BRIEF OF AMICI CURIAE STATES OF NEW YORK AND ILLINOIS IN
# SUPPORT OF PLAINTIFFS", "BRIEF OF AMICUS CURIAE AMERICAN MEDICAL ASSOCIATION"
AMICI_IN_TITLE = re.compile(
    r"\bAMIC(?:I|US)\s+CURIAE\s+(?P<names>.+?)(?:\s+IN\s+SUPPORT\b|\s+SUPPORTING\b|$)",
    re.IGNORECASE,
)

# Title keywords that decide a document type; the earliest in the title wins.
# "NOTICE OF MOTION AND MOTION FOR …" is a motion, so "NOTICE OF … MOTION" comes first; the
# words between name the motion, never a preposition: "NOTICE OF ERRATA TO THEIR MOTION FOR …"
# is a notice about a motion (it read as a motion).
# "MEMORANDUM" decides nothing: "MEMORANDUM … IN OPPOSITION" is an opposition.
DOCTYPE_WORDS = re.compile(
    r"(?P<motion_notice>\bNOTICE\s+OF\s+"
    r"(?:(?!(?:TO|IN|OF|ON|RE|REGARDING|FOR|WITH|CONCERNING)\s)[A-Z'’-]+\s+){0,4}"
    r"(?:MOTION|APPLICATION)\b)"
    r"|(?P<amended_complaint>\bAMENDED\s+(?:[A-Z]+\s+){0,3}COMPLAINT\b)"
    r"|(?P<stipulation>\bSTIPULAT\w*)"
    r"|(?P<order>\bORDER\b|\bOPINION\b|\bMINUTES?\b|\bDECISION\s+AND\s+ORDER\b)"
    r"|(?P<judgment>\bJUDGMENT\b)"
    r"|(?P<complaint>\bCOMPLAINT\b|\bPETITION\s+FOR\s+(?:A\s+)?WRIT\b)"
    r"|(?P<answer>\bANSWER\b(?!ING))"
    r"|(?P<reply>\bREPLY\b)"
    r"|(?P<opposition>\bOPPOSITION\b|\bRESPONSE\b|\bOPPOSING\b)"
    r"|(?P<motion>\bMOTION\b|\bAPPLICATION\b|\bPETITION\b)"
    r"|(?P<declaration>\bDECLARATION\b|\bAFFIDAVIT\b)"
    r"|(?P<brief>\bBRIEF\b|\bAMIC(?:US|I)\b)"
    r"|(?P<notice>\bNOTICE\b)"
    r"|(?P<letter>\bLETTER\b)",
    re.IGNORECASE,
)

# Body text that marks a court order when a title is missing. "IT IS SO ORDERED",
# "IT IS HEREBY ORDERED that", "The Court ORDERS as follows"
ORDER_BODY = re.compile(r"IT\s+IS\s+(?:SO|HEREBY)\s+ORDERED|\bthe\s+Court\s+ORDERS\b", re.I)

# The court's own decree and sign-off in a body, which make a paper whose title names no type
# (E.D. Pa.'s bare "MEMORANDUM" with its order) the court's order; a party quoting an order
# has no judge's signature. "AND NOW, … it is ORDERED that the Motion is GRANTED",
# "BY THE COURT:"
COURT_DECREE = re.compile(
    r"\b(?i:it\s+is\s+(?:so\s+|hereby\s+|further\s+)?)ORDERED\b|\bthe\s+Court\s+ORDERS\b"
)
COURT_SIGNOFF = re.compile(r"^[ \t]*BY\s+THE\s+COURT\s*:", re.MULTILINE)

# A docket minute printed as a notice: the court's record of what it did, an order.
# "MINUTE entry before the Honorable Sara L. Ellis:", "MINUTE ORDER"
MINUTE_BODY = re.compile(r"\bMINUTE\s+(?:entry|ENTRY|ORDER)\b")

# A date filled in on a signature line (a signed order) rather than blanks.
# "Dated: August 12, 2025" (signed), "Dated: ____________" (a draft)
DATED_FILLED = re.compile(r"\b(?:Dated|Date|DATED|Entered)\s*:?\s*(?:this\s+)?[A-Z0-9]", re.M)

# --- claims ---

_ORDINAL = (
    r"FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH|ELEVENTH|TWELFTH"
    r"|THIRTEENTH|FOURTEENTH|FIFTEENTH|SIXTEENTH|SEVENTEENTH|EIGHTEENTH|NINETEENTH|TWENTIETH"
)
_CARDINAL = (
    r"ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|ELEVEN|TWELVE|THIRTEEN|FOURTEEN"
    r"|FIFTEEN|SIXTEEN|SEVENTEEN|EIGHTEEN|NINETEEN|TWENTY"
)
_CLAIM_NOUN = r"(?:CLAIM\s+FOR\s+RELIEF|CAUSE\s+OF\s+ACTION|CLAIM|COUNT)"

# A count heading at the start of a line, with an optional title after a separator.
# "FIRST CLAIM FOR RELIEF", "COUNT I", "Count 2 — Violation of the APA", "CLAIM ONE",
# "SECOND CAUSE OF ACTION", "CAUSE OF ACTION NO. 3", "CLAIM FOR RELIEF III"
CLAIM_HEADING = re.compile(
    rf"^[ \t]*(?:(?P<ordinal>{_ORDINAL})\s+{_CLAIM_NOUN}"
    rf"|{_CLAIM_NOUN}\s+(?:NO\.?\s*|NUMBER\s+)?(?P<number>[IVXL]+|\d{{1,2}}|{_CARDINAL})\b)"
    r"[ \t]*(?:[:.—–-][ \t]*(?P<title>\S.*?))?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)

# A table-of-contents line: dot leaders, or a page number after a wide gap (not "§ 706").
# "FIRST CLAIM FOR RELIEF ........ 23", "COUNT I  Violation of the APA      14"
TOC_LINE = re.compile(r"\.{4,}|…{2,}|\S\s{3,}\d{1,3}\s*$")

# A numbered paragraph, where a count's title lines end. "57. Plaintiffs incorporate …"
NUMBERED_PARAGRAPH = re.compile(r"^\s*\d{1,4}\.\s+\S")

# --- relief ---

# The heading of a complaint's prayer. "PRAYER FOR RELIEF", "REQUEST FOR RELIEF",
# "RELIEF REQUESTED", "WHEREFORE, Plaintiffs respectfully request that the Court:",
# "VII. PRAYER FOR RELIEF" (W.D. Wash. numbers its sections)
PRAYER_HEADING = re.compile(
    r"^[ \t]*(?:[IVX]+\.[ \t]+)?(?:(?:PRAYER|REQUEST|DEMAND)S?\s+FOR\s+(?:RELIEF|JUDGMENT)"
    r"|RELIEF\s+(?:REQUESTED|SOUGHT)|WHEREFORE\b)",
    re.IGNORECASE | re.MULTILINE,
)

# A lettered or numbered item. "a. Declare …", "A. Enjoin …", "(a) Vacate …", "1. Award …",
# "(iv) Grant …", "II. Enjoin …"
RELIEF_ITEM = re.compile(
    r"^[ \t]*(?P<open>\()?(?P<label>[a-zA-Z]|\d{1,2}|[ivx]{1,4}|[IVX]{1,4})(?(open)\)|[.)])"
    r"[ \t]+(?P<text>\S.*)$"
)

# Where a prayer ends: the date and signature block, or the jury demand.
# "Dated: July 1, 2025", "Respectfully submitted,", "/s/ Jane Roe", "DEMAND FOR JURY TRIAL"
PRAYER_END = re.compile(
    r"^[ \t]*(?:Dated?\b|DATED|Respectfully\s+submitted|/s/|s/\s|DEMAND\s+FOR\s+JURY|JURY\s+DEMAND"
    r"|IT\s+IS\s+SO\s+ORDERED"
    r"|JURY\s+TRIAL\s+DEMAND|CERTIFICATE\s+OF\s+SERVICE|By:\s)",
    re.IGNORECASE,
)

# Where an order's decretal list begins. "the Court orders as follows:", "IT IS ORDERED that:",
# "IT IS HEREBY ORDERED THAT:", "The Court ORDERS:"
ORDER_LIST_HEADING = re.compile(
    r"as\s+follows\s*:|ORDERED\s*(?:that|THAT)?\s*:|\bORDERS\s*:"
    r"|^[ \t]*(?:[IVX]+\.[ \t]+)?(?:CONCLUSION|ORDER)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)

# Numbered requests inside one sentence. "ask the Court to (1) enjoin …; (2) enjoin …; and (3)"
INLINE_ENUMERATION = re.compile(r"(?:^|[\s;,])\((?P<label>\d{1,2}|[a-z]|[ivx]{1,4})\)\s+")

# A motion's request of the court, in present tense (not "Plaintiffs moved" history).
# "Plaintiffs move for an order enjoining …", "Appellees respectfully request that the Court
# stay …", "will and hereby do move the Court for a preliminary injunction"
MOTION_REQUEST = re.compile(
    r"\b(?:hereby\s+)?(?:move|moves|request|requests|ask|asks|pray|prays|seek|seeks|apply|applies)"
    r"\b(?:\s+(?:the|this)\s+Court)?\s+(?:for\b|that\b|to\b|an?\b|the\s+Court\b)",
    re.IGNORECASE,
)

# An order's disposition of a request. "the motion to dismiss is GRANTED IN PART and
# DENIED IN PART", "Plaintiffs' motion is DENIED as moot", "The motion is granted as to …"
DISPOSITION = re.compile(
    r"\b(?:is|are|be|shall\s+be|hereby|is\s+hereby|are\s+hereby)\s+"
    r"(?P<disp>GRANTED\s+IN\s+PART(?:\s*,?\s*and\s+DENIED\s+IN\s+PART)?"
    r"|DENIED\s+IN\s+PART(?:\s*,?\s*and\s+GRANTED\s+IN\s+PART)?"
    r"|DENIED\s+(?:AS|as)\s+MOOT|GRANTED|DENIED|MOOT|STAYED|VACATED|EXTENDED)\b",
    re.IGNORECASE,
)

# The court's verb form. "The Court GRANTS the motion", "the Court hereby DENIES …"
COURT_DISPOSES = re.compile(
    r"\bthe\s+Court\s+(?:hereby\s+)?(?P<disp>GRANTS\s+IN\s+PART\s+AND\s+DENIES\s+IN\s+PART"
    r"|GRANTS|DENIES|VACATES|STAYS)\s+(?P<subject>[^.;]{3,200})",
    re.IGNORECASE,
)

# A decretal paragraph that itself grants an injunction: the court enjoins, no "GRANTED"
# follows. "Defendants … are PRELIMINARILY ENJOINED from enforcing …", "Acme is hereby
# restrained from …"; not "are not enjoined", nor a request "that Defendants be enjoined".
COURT_ENJOINS = re.compile(
    r"\b(?:is|are|shall\s+be)\s+(?:hereby\s+)?(?:(?:preliminarily|permanently|temporarily)\s+)?"
    r"(?:enjoined|restrained)\b",
    re.IGNORECASE,
)

# An order's title that disposes. "ORDER GRANTING IN PART AND DENYING IN PART MOTION FOR …",
# "ORDER DENYING DEFENDANTS' MOTION TO DISMISS"
TITLE_DISPOSES = re.compile(
    r"\bORDER\s+(?P<disp>GRANTING\s+IN\s+PART\s+AND\s+DENYING\s+IN\s+PART|GRANTING|DENYING"
    r"|VACATING|STAYING)\s+(?P<subject>.+)$",
    re.IGNORECASE,
)

# --- deadlines ---

# A clock time. "10:00 a.m.", "1:30 PM", "9 a.m."
TIME_OF_DAY = re.compile(r"\b\d{1,2}(?::\d{2})?\s*(?:[ap]\.\s?m\.?|[AP]\.\s?M\.?|[ap]m\b|[AP]M\b)")

# A courtroom, with the floor when given. "Courtroom 4, 17th Floor", "Courtroom: 4",
# "Ctrm. 9D", "Department 12"
COURTROOM = re.compile(
    r"\b(?:Courtroom|Ctrm\.?|Dept\.?|Department)\s*:?\s*(?:No\.\s*)?"
    r"(?P<room>[A-Z0-9][A-Za-z0-9-]*(?:\s*[,–-]\s*\d+(?:st|nd|rd|th)\s+Floor)?)"
)

# The hearing lines of a caption or notice. "Date: August 7, 2025", "Hearing Date: …"
HEARING_DATE_LABEL = re.compile(r"\b(?:Hearing\s+)?Date\s*:\s*", re.IGNORECASE)
HEARING_TIME_LABEL = re.compile(r"\bTime\s*:\s*(?P<time>[^\n]{1,20})", re.IGNORECASE)
HEARING_ROOM_LABEL = re.compile(
    r"\b(?:Courtroom|Ctrm\.?|Dept\.?|Place|Location)\s*:\s*(?P<room>[^\n]{1,40})", re.I
)

# Words that make a date in a clause a deadline rather than history.
# "shall file … by August 1", "is due", "is set for", "no later than", "until", "effective",
# "is VACATED and RESET to October 22, 2025" (the new date had no cue of its own)
DEADLINE_CUE = re.compile(
    r"\b(?:shall|must|will|is\s+due|are\s+due|due|no\s+later\s+than|not\s+later\s+than"
    r"|on\s+or\s+before|deadline|(?:is|are|be|been|hereby)\s+(?:re)?set|set\s+for|scheduled"
    r"|(?:reset|rescheduled|moved)\s+(?:to|for)"
    r"|continued\s+to|remains?\s+in\s+effect|until|through|takes?\s+effect|effective|expires?"
    r"|is\s+ordered|are\s+ordered|ORDERED)\b",
    re.IGNORECASE,
)

# A period stated relative to an event. "within 14 days of the date of this Order",
# "no later than seven (7) days before the hearing", "30 days after service",
# "until 14 days after the agencies complete …"
RELATIVE_PERIOD = re.compile(
    r"\b(?P<lead>within|no\s+later\s+than|not\s+later\s+than|at\s+least|until|by)?\s*"
    r"(?P<count>\d{1,3}|[a-z]+(?:-[a-z]+)?)(?:\s*\((?P<digits>\d{1,3})\))?\s+"
    r"(?P<unit>(?:calendar\s+|court\s+|business\s+)?days?)\s+"
    r"(?P<dir>of|after|from|following|before|prior\s+to)\s+(?P<anchor>[^.;]{3,160})",
    re.IGNORECASE,
)

# A statement of service, its verb: "I personally served", "was delivered", "Service was
# effected" (see `service.py`).
SERVICE_VERB = re.compile(
    r"\b(?:served|delivered|mailed|left|sent)\b"
    r"|\bservice\s+(?:was|has\s+been)\s+(?:made|effected|completed|accomplished)\b",
    re.IGNORECASE,
)

# "on" just before a date, with the AO 440 form's "(date)" blank label: "on (date) 07/03/2025".
SERVICE_ON = re.compile(r"\bon\s*(?:\(date\)\s*)?$", re.IGNORECASE)

# After "On July 9, 2025": ", I caused to be served", "I served".
I_SERVED = re.compile(
    r"^\s*,?\s*I\s+(?:have\s+|also\s+|personally\s+)*(?:caused\s+(?:it\s+|them\s+)?to\s+be\s+)?"
    r"(?:served|delivered|mailed|sent)\b",
    re.IGNORECASE,
)

# A label before the date: "Date of service:", "Date served:", "Service date:".
SERVICE_LABEL = re.compile(
    r"\b(?:date\s+of\s+service|date\s+served|service\s+date)\s*:?\s*$", re.IGNORECASE
)

# Where a service statement's clause ends: a semicolon, "; or" between a form's choices, or a
# sentence's full stop (not an initial's: "U.S. Attorney").
SERVICE_CLAUSE_END = re.compile(r";|[a-z]{3,}\.\s+[A-Z(]|\n\s*\n")

# A period with no event named, at the end of its clause. "Plaintiffs shall file a proposed
# judgment within seven (7) days.", "… within 14 days; Defendants …". In a court's order it
# runs from the order (see `deadlines._bare_periods`).
BARE_PERIOD = re.compile(
    r"\bwithin\s+(?P<count>\d{1,3}|[a-z]+(?:-[a-z]+)?)(?:\s*\((?P<digits>\d{1,3})\))?\s+"
    r"(?P<unit>(?:calendar\s+|court\s+|business\s+)?days?)\s*(?:[.;,]|$)(?P<anchor>)",
    re.IGNORECASE,
)
# Words that make a sentence of an order a direction to someone: "shall", "must", "is
# ORDERED to", "is directed to" (not "is due", which restates a rule as often as it sets one).
DIRECTIVE_CUE = re.compile(
    r"\b(?:shall|must|(?-i:ORDERED|DIRECTED)|(?:is|are)\s+(?:ordered|directed)|(?:is|are)\s+to)\b",
    re.IGNORECASE,
)

# A period that binds someone (not "records will be updated within 1 business day").
# "must be returned within 14 days", "shall file … within 7 days", "until 14 days after …"
OBLIGATION_CUE = re.compile(
    r"\b(?:shall|must|until|(?:is|are)\s+due|due\s+(?:within|no)|required|no\s+later\s+than"
    r"|not\s+later\s+than|(?:is|are)\s+to|(?-i:ORDERED|DIRECTED)|(?:is|are)\s+(?:ordered|directed)"
    r"|may\s+not)\b",
    re.IGNORECASE,
)

# Words that make a dated clause hypothetical or reported, not a deadline.
# "such that the brief would be due September 23, 2020"; not a paper that is optional:
# "Defendants' reply in support of the cross-motion, if any, is due January 6, 2026" (the
# "if any" dropped a real deadline)
HYPOTHETICAL = re.compile(
    r"\b(?:would|could|might|if\s+granted|if\s+(?:the|a|any)\b(?!\s*[,;.)])|whether)\b",
    re.IGNORECASE,
)

# Anchors that mean the document itself: its filing (or signing) date.
# "the date of this Order", "entry of this order", "the date of this notice", "service of
# this Order", "the date hereof", "the date of this Memorandum Opinion and Order"
ANCHOR_THIS_DOCUMENT = re.compile(
    r"^(?:the\s+)?(?:date\s+of\s+|entry\s+of\s+|filing\s+of\s+|issuance\s+of\s+|service\s+of\s+)?"
    r"(?:the\s+)?(?:date\s+of\s+)?(?:this|the\s+instant|the\s+Court['’]s)\s+"
    r"(?:(?:Memorandum|Opinion|Decision|Scheduling|Amended|Supplemental|and)\s+){0,3}"
    r"(?:Order|notice|ruling|decision|judgment|opinion|minute\s+order)\b|^(?:the\s+date\s+)?hereof\b",
    re.IGNORECASE,
)

# An anchor told in the past tense is history, not an event to wait for.
# "61 days after the class was provisionally certified"; not a paper yet to come: "within
# twenty-one (21) days after the motion is filed" (read as history, the period was lost)
PAST_ANCHOR = re.compile(
    r"\b(?:was|were|had)\b|(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)\b(?:filed|issued|entered|fell)\b",
    re.IGNORECASE,
)

# A date that a clause makes conditional on its own happening: the date is what must be met
# to avoid something, not an order to meet it. "Unless the grants are restored by September
# 30, 2025, the office will lay off staff"
UNLESS_BEFORE = re.compile(r"\bunless\b", re.IGNORECASE)

# Another case named in a clause, by its caption or by reference back to it.
# "New York v. Kennedy, No. 25-1500, is scheduled for oral argument on …",
# "In that case the agency must file its brief by …"
CASE_NAME = re.compile(
    r"(?P<first>[A-Z][\w.'’&-]*(?:[ \t]+(?:of[ \t]+|the[ \t]+)?[A-Z][\w.'’&-]*){0,4})"
    r"(?:,[ \t]+et[ \t]+al\.)?[ \t\n]+v\.[ \t\n]+(?P<second>[A-Z][\w.'’&-]*)"
)
THAT_CASE = re.compile(
    r"\b(?:in|under)\s+(?:that|the\s+other|the\s+related)\s+(?:case|appeal|matter|action)\b",
    re.IGNORECASE,
)

# A case number in a clause; a date next to another case's number is that case's.
# "The briefing in Case No. 20-55662 will conclude on August 17, 2020"
OTHER_CASE = re.compile(r"\bCase\s+Nos?\.\s*(?P<number>[\d:][\w:-]*\d)", re.IGNORECASE)

# A court's command in a clause; a clause that names another case but commands is ours.
# "Consistent with Smith v. Jones, Defendants shall file …"; not history of the other case,
# "as the Court has ordered that Hernandez Roman be expedited" (ca9_19: kept its argument date)
COMMAND = re.compile(
    r"\bshall\b|(?-i:\bORDERED\b)|\b(?:is|are)\s+(?:hereby\s+)?(?:ordered|directed)\b",
    re.IGNORECASE,
)

# A setting the text says was moved or vacated: not a deadline any more.
# "previously set for September 23, 2025, has been reset to …"
SUPERSEDED_BEFORE = re.compile(
    r"\b(?:previously|originally|formerly)\s+(?:set|scheduled|noticed|calendared)\s*(?:for|on)?\s*$",
    re.IGNORECASE,
)
# "… set for December 4, 2025, at 2:00 p.m. shall be continued to …" (the time and the
# "shall be" hid the move), "… is STRICKEN", "… is hereby cancelled"
SUPERSEDED_AFTER = re.compile(
    r"^,?\s*(?:(?:at\s+)?\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\.?,?\s*)?"
    r"(?:(?:has|have)\s+been|is|are|(?:shall|will)\s+be)\s+(?:hereby\s+)?"
    r"(?:vacated|reset|continued|rescheduled|moved|stricken|struck|cancell?ed|"
    r"taken\s+off\s+calendar)",
    re.IGNORECASE,
)

# A setting a paper recites as it stands before the paper changes it; once the paper gives
# another date of the same kind, the recited one is history. "WHEREAS, Defendants' response
# to the First Amended Complaint is currently due November 21, 2025;", "the current deadline
# for the opposition is …"
CURRENT_SETTING = re.compile(
    r"\b(?:(?:currently|presently)\s+(?:due|set|scheduled|calendared|noticed)\b[^.;]{0,30}"
    r"|current\s+(?:deadline|due\s+date|hearing\s+date)\b[^.;]{0,80})$",
    re.IGNORECASE,
)

# A row of a schedule table: the event, then its date at the end of the line (and the time,
# if the row sets one). "Defendants lodge the certified administrative record November 7,
# 2025", "Hearing on cross-motions (10:00 a.m.) April 2, 2026", "Final pretrial conference
# September 10, 2026, at 10:00 a.m." (the time after the date hid the row)
TABLE_ROW = re.compile(
    r"^[ \t]*(?P<label>[A-Z(](?:[^\n;:]|(?<=\d):(?=\d)){3,140}?(?<!\bon)(?<!\bby)(?<!\bof)"
    r"(?<!\buntil)(?<!\bthrough)(?<!\bbefore)(?<!\bafter)(?<!\bfor)(?<!\bto)(?<!\bset))"
    r"[ \t]*[.:–-]*[ \t]+"
    rf"(?P<date>(?:{MONTH_NAME})[ \t]+\d{{1,2}},?[ \t]+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})"
    r"(?P<time>,?[ \t]+(?:at[ \t]+)?\d{1,2}(?::\d{2})?[ \t]*[apAP]\.?[ \t]?[mM]\.?)?"
    r"[ \t]*$",
    re.MULTILINE,
)

# A schedule row printed date first. "11/07/2025 Defendants lodge the administrative record",
# "December 1, 2025 – Opening brief"; not a wrapped sentence that starts with a date
# ("September 30, 2025. The Court held …"), hence no period after the date or at the end.
TABLE_ROW_DATE_FIRST = re.compile(
    rf"^[ \t]*(?P<date>(?:{MONTH_NAME})[ \t]+\d{{1,2}},?[ \t]+\d{{4}}"
    r"|\d{1,2}/\d{1,2}/\d{2,4})[ \t]*[:–-]*[ \t]+(?P<label>[A-Z(][^\n;]{3,140}?)(?<![.,])[ \t]*$",
    re.MULTILINE,
)

# Anchors counted back from the hearing. "the hearing", "the date set for hearing"
ANCHOR_HEARING = re.compile(
    r"^(?:the\s+)?(?:date\s+(?:set\s+)?(?:for|of)\s+(?:the\s+)?)?hearing\b", re.I
)

# A bare "after service" with no paper named: counted from this paper's (electronic) service.
# "service of the answering brief" names another paper, one not yet served: conditional.
ANCHOR_SERVICE = re.compile(r"^service\b(?!\s+(?:of|upon|on)\s+(?!this\b|these\b))", re.I)


# Number words as counts and periods spell them: "COUNT TWELVE", "within fourteen (14) days".
CARDINALS: dict[str, int] = {
    w: n
    for n, w in enumerate(
        [
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ],
        start=1,
    )
}
