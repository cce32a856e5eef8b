package io.github.rectrack.engine.generate;

/**
 * The words the generator builds registers from: police business areas, report titles, role titles and
 * the phrases of recommendations, responses, updates and decisions.
 *
 * <p>Every phrase is plain ASCII so that the strings built from them stay compact in memory (one byte a
 * character). The arrays are never changed after loading.
 */
final class Vocabulary {

    private Vocabulary() {}

    /** Business areas audited: the title as a report prints it. */
    static final String[] AREA_TITLES = {
        "Seized & Found Property", "Victims Code of Practice", "Payroll", "Fleet Management", "GDPR",
        "Custody Arrangements", "Code of Governance", "Recruitment", "Workforce Wellbeing & Absence Management",
        "Leadership & Management Development", "Benefits Realisation", "Procurement", "Estates Management",
        "Partnerships", "Firearms Licensing", "Cyber Security", "Information Management", "Business Continuity",
        "Risk Management", "Core Financial Systems", "Budget Management", "Treasury Management",
        "Contract Management", "Overtime & Expenses", "Collaboration", "Vetting", "Duty Management",
        "Body Worn Video", "Crime Data Integrity", "Missing Persons", "Domestic Abuse", "Stop & Search",
        "Use of Force", "Complaints Handling", "Health & Safety", "IT Asset Management", "Mobile Data",
        "Digital Forensics", "Professional Standards", "Training Needs Analysis", "Capital Programme",
        "Pensions", "Ethics & Integrity", "Child Protection", "Criminal Justice File Quality",
        "Freedom of Information", "Command & Control", "Evidence Storage", "Volunteers",
        "Environmental Sustainability"
    };

    /** The same areas as a noun phrase for sentences ("the seized property process"). */
    static final String[] AREA_NOUNS = {
        "seized property", "victim contact", "payroll", "fleet", "data protection",
        "custody", "governance", "recruitment", "absence management",
        "leadership development", "benefits realisation", "procurement", "estates",
        "partnership", "firearms licensing", "cyber security", "information management", "business continuity",
        "risk management", "financial control", "budget monitoring", "treasury management",
        "contract management", "overtime and expenses", "collaboration", "vetting", "duty management",
        "body worn video", "crime recording", "missing persons", "domestic abuse", "stop and search",
        "use of force", "complaints", "health and safety", "IT asset", "mobile data",
        "digital forensics", "professional standards", "training", "capital programme",
        "pensions", "ethics and integrity", "safeguarding", "case file quality",
        "FOI request", "command and control", "evidence storage", "volunteer management",
        "sustainability"
    };

    /** Internal audit firms. */
    static final String[] AUDITORS = {"Mazars", "Mazars", "Mazars", "RSM", "TIAA"};

    /** Inspection titles. */
    static final String[] INSPECTION_TITLES = {
        "PEEL: Police effectiveness, efficiency and legitimacy", "Custody Suite Inspection",
        "Crime Data Integrity Inspection", "Vetting, misconduct and misogyny", "National Child Protection Inspection",
        "Digital Forensics Inspection", "Joint Inspection of Criminal Justice Case Files", "Domestic Abuse Thematic Inspection",
        "Counter-corruption Inspection", "Stalking and Harassment Inspection", "Roads Policing Inspection",
        "Missing Children Thematic Inspection"
    };

    /** Regulator audit titles. */
    static final String[] REGULATOR_TITLES = {
        "ICO data protection audit", "ICO timeliness audit action plan", "Biometrics Commissioner review",
        "Surveillance Camera Commissioner self-assessment", "Investigatory Powers Commissioner inspection"
    };

    /** Regulators, matching {@link #REGULATOR_TITLES}. */
    static final String[] REGULATORS = {
        "Information Commissioner's Office", "Information Commissioner's Office", "Biometrics Commissioner",
        "Surveillance Camera Commissioner", "Investigatory Powers Commissioner's Office"
    };

    /** Projects reviewed after implementation. */
    static final String[] PROJECTS = {
        "Niche RMS", "Body Worn Video roll-out", "Mobile data devices", "Command & Control replacement",
        "Duty management system", "ERP (Finance & HR) system", "Digital Evidence Management System",
        "Contact Management Centre restructure", "Agile working", "Telephony replacement"
    };

    /** Role titles, combined with {@link #UNITS} to make the pool of owners. */
    static final String[] ROLES = {
        "Head of Finance", "Head of HR", "Head of Estates", "Head of Information Management", "Head of IT",
        "Head of Procurement", "Head of Corporate Services", "Head of Professional Standards", "Fleet Manager",
        "EPAC Manager", "Custody Superintendent", "Chief Inspector", "Detective Superintendent",
        "Payroll Manager", "Data Protection Officer", "Head of Learning & Development", "Risk & Business Continuity Manager",
        "Service Improvement Manager", "Performance Analysis Manager", "Chief Finance Officer",
        "Force Vetting Manager", "Health & Safety Manager", "Contracts Manager", "Head of Criminal Justice",
        "Programme Manager", "Superintendent", "Head of Change", "OPCC Chief Executive"
    };

    /** Units that role titles belong to. */
    static final String[] UNITS = {
        "Corporate Services", "Operations", "Crime", "Local Policing", "Criminal Justice", "Contact Management",
        "Collaboration", "OPCC", "North LPA", "South LPA", "City LPA", "Intelligence", "Specialist Operations",
        "Change Team", "Business Support"
    };

    /** Short titles of recommendations. */
    static final String[] RECOMMENDATION_TITLES = {
        "Missing Firearm", "Policy review", "Management information", "Training records", "Reconciliations",
        "Audit trail", "Segregation of duties", "Key performance indicators", "Risk register",
        "Governance arrangements", "Terms of reference", "Record retention", "Access controls",
        "Supplier due diligence", "Budget monitoring", "Performance reporting", "Dip sampling", "Staff awareness",
        "Data quality", "Contract register", "Business case", "Authorisation limits", "Exception reporting",
        "Lessons learned", "Review of procedures", "Oversight", "Escalation process", "Stock checks",
        "Benefits tracking", "Independent review", "Welfare checks", "Return to work interviews",
        "PDR completion", "Evaluation of training", "Victim needs assessment", "Crime number notification",
        "Vehicle utilisation", "Fuel card controls", "Disposal of property", "Cash handling"
    };

    /** What a recommendation asks for; the area noun goes between the two halves. */
    static final String[][] RECOMMENDATION_SENTENCES = {
        {"Management should review and update the ", " policy and procedures, ensuring they reflect current practice and are published on the intranet."},
        {"The Force should ensure that ", " records are complete and reconciled monthly, with any discrepancies investigated and resolved promptly."},
        {"A programme of regular dip sampling should be introduced to confirm that ", " processes are being followed, with the results reported to SORB."},
        {"Roles and responsibilities for ", " should be clearly defined and communicated to all relevant officers and staff."},
        {"Management information on ", " should be produced and reviewed at least quarterly by the responsible senior manager."},
        {"Training on ", " should be delivered to all relevant officers and staff and attendance recorded centrally."},
        {"The Force should put in place a documented escalation route for ", " issues, with clear timescales for resolution."},
        {"The risk register should be updated to reflect the ", " risks identified in this review and the controls in place."},
        {"An independent check of ", " transactions should be carried out before approval, and evidence of the check retained."},
        {"The ", " system should be configured so that changes are logged and the audit trail reviewed regularly."}
    };

    /** What the auditor found; the area noun goes between the halves, a number before them. */
    static final String[][] FINDING_SENTENCES = {
        {"Testing identified ", " instances where the record had not been updated."},
        {"Of the sample tested, ", " cases lacked evidence of management review."},
        {"Audit found ", " items where the documented procedure had not been followed."},
        {"There were ", " exceptions where approval was given after the event."}
    };

    /** Management responses, by acceptance: accepted, partly accepted, not accepted. */
    static final String[] RESPONSE_ACCEPTED = {
        "Agreed. The recommendation will be taken forward as part of the wider improvement plan and progress reported to SORB.",
        "Accepted. A review of the process will be completed and revised guidance issued to all relevant staff.",
        "Agreed. A working group has been set up to address the findings and will report on progress each quarter.",
        "Accepted in full. The responsible manager will produce an action plan with timescales for the next SORB.",
        "Agreed. The issue has been raised with the teams concerned and the process is being reviewed."
    };

    /** Partly accepted responses. */
    static final String[] RESPONSE_PARTLY = {
        "Partly accepted: the Force will review the process but does not consider a separate policy necessary.",
        "Partly agreed. The monitoring will be introduced, but quarterly rather than monthly given the volumes involved."
    };

    /** Responses not accepting the recommendation. */
    static final String[] RESPONSE_NOT_ACCEPTED = {
        "Not accepted: the risk is accepted by the Chief Officer Team given the controls already in place.",
        "Not agreed. The cost of the change outweighs the benefit; the existing controls will be kept under review."
    };

    /** Opening sentences of early updates. */
    static final String[] EARLY = {
        "Work has started on this recommendation and a lead has been appointed to take it forward.",
        "Initial meetings have taken place to agree the scope of the work and the resources needed.",
        "A draft action plan has been prepared and will be presented to the next SORB for approval.",
        "The findings of the audit have been shared with the teams concerned and a gap analysis is under way.",
        "Terms of reference for a short-life working group have been agreed and the first meeting has been held."
    };

    /** Sentences of updates in progress. */
    static final String[] MIDDLE = {
        "Progress continues and the remaining actions are on track to be delivered by the target date.",
        "Revised guidance has been drafted and is out for consultation with the Police Federation and Unison.",
        "The new procedure has been published on the intranet and briefed to supervisors at the monthly meeting.",
        "The dashboard is in development with the Performance Analysis Team and should be available for the next report.",
        "A further review is planned once the system changes have been tested by the IT department.",
        "The working group met again this month and agreed the changes needed to the process.",
        "Monthly reconciliations are now in place and exceptions are followed up with the owning department.",
        "The policy has been reviewed by the Strategic Organisational Risk Board and minor changes were agreed.",
        "Work with regional colleagues is continuing so that a common approach can be adopted across the collaboration."
    };

    /** Sentences explaining a delay. */
    static final String[] DELAY = {
        "Work has been delayed by competing demands on the team, including the Niche upgrade.",
        "Progress was paused during the COVID-19 response and has now resumed.",
        "The post responsible for this work was vacant for several months; a new post holder started recently.",
        "Delivery depends on the data warehouse being completed by the IT department, which has slipped.",
        "The supplier has not yet delivered the required system change and the contract manager is chasing."
    };

    /** Sentences of an update proposing closure. */
    static final String[] CLOSING = {
        "All actions are now complete and the recommendation is considered implemented; it is proposed for closure.",
        "The new process has been in place for three months and dip sampling shows it is working as intended; I propose that this is closed.",
        "This is now considered complete: the procedure is published, training has been delivered and compliance is monitored monthly.",
        "The evidence requested has been provided and the owner asks that the recommendation be closed."
    };

    /** Next-step sentences for a second paragraph. */
    static final String[] NEXT_STEPS = {
        "Next steps: the remaining actions will be completed and a further update provided to the next SORB.",
        "The owner will report back to JARAP once the results of the next dip sample are known.",
        "A review of the outcomes will be completed in the next quarter to confirm the changes are embedded.",
        "Further work is needed to embed the changes in training and in the culture of the teams concerned.",
        "A communication plan is being prepared so that all officers and staff are aware of the changes."
    };

    /** The "achieved" section of sectioned updates. */
    static final String[] ACHIEVED = {
        "Procedure reviewed and updated.", "Training delivered to supervisors.", "Monthly reconciliation introduced.",
        "Dip sample completed.", "Dashboard built and tested.", "Working group established."
    };

    /** The "left to complete" section of sectioned updates. */
    static final String[] LEFT = {
        "Publish the revised procedure.", "Complete training for remaining staff.", "Embed the monthly checks.",
        "Report the results of the dip sample to SORB.", "Agree the reporting format with JARAP."
    };

    /** The "barriers" section of sectioned updates. */
    static final String[] BARRIERS = {
        "Capacity within the team.", "Dependent on IT system changes.", "Awaiting national guidance.",
        "Competing operational demands."
    };

    /** Reasons for revising a target. */
    static final String[] REVISION_REASONS = {
        "Delayed by competing operational demands",
        "Dependent on the new Niche build and the data warehouse",
        "Work paused during the COVID-19 response",
        "Post holder vacancy; new owner appointed",
        "Supplier delay in delivering the system change",
        "Scope extended following SORB discussion",
        "Awaiting national guidance from the NPCC"
    };

    /** Prefixes people put before a revised target. */
    static final String[] REVISION_PREFIXES = {
        "revised date ", "Revised target date: ", "revised to ", "New target date: ", "revised target date - "
    };

    /** Descriptions of evidence, with the area noun between the halves. */
    static final String[][] EVIDENCE = {
        {"Dip sample of ", " records by the Service Improvement Team, independent of the owning department."},
        {"Updated ", " procedure, published on the intranet, with the briefing note to supervisors."},
        {"Monthly ", " performance report to SORB showing the new measures."},
        {"Training attendance records for the ", " course."},
        {"Internal review of ", " compliance following the changes."}
    };

    /** Target texts of kind TBC. */
    static final String[] TBC = {"TBC", "To be confirmed", "To be confirmed going forward", "TBA"};

    /** Target texts of kind ONGOING. */
    static final String[] ONGOING = {"Ongoing", "On-going", "Business as usual"};

    /** Target texts of kind VARIOUS. */
    static final String[] VARIOUS = {"Various", "Variable", "See below for each stage.", "Various - see actions"};

    /** Target texts of kind CONDITIONAL that name no other recommendation. */
    static final String[] CONDITIONAL = {
        "Dependent on national guidance", "Subject to funding approval", "On completion of the Niche upgrade",
        "Conclusion of the estates review"
    };

    /** Target texts that are not read as a date. */
    static final String[] UNRECOGNISED = {"Awaiting IT", "As soon as practicable", "Next financial year"};

    /** Month names. */
    static final String[] MONTHS = {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December"
    };

    /** Month abbreviations. */
    static final String[] MONTHS_SHORT = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"
    };

    /** Notes on hibernating and resuming. */
    static final String[] HIBERNATION_NOTES = {
        "Hibernated until the replacement system is procured", "Hibernated pending the outcome of the national review",
        "Hibernated while the team supports the operational response"
    };

    /** Why an owner asks for a later target, as extension requests put it. */
    static final String[] EXTENSION_REASONS = {
        "Reliant on external supplier; a new project manager has been appointed by the supplier",
        "Work delayed by the COVID-19 response; more time is needed to complete the remaining actions",
        "Dependent on the data warehouse being completed by the IT department",
        "Post holder vacancy; the new owner needs time to complete the work",
        "Delivery is linked to the Niche upgrade, which has slipped",
        "A further dip sample is needed before the change can be evidenced",
        "Consultation with the Police Federation and Unison has taken longer than planned",
        "Competing operational demands on the team during the summer period"
    };

    /** What a forum said when it refused an extension. */
    static final String[] EXTENSION_REFUSALS = {
        "Extension not agreed: the target date remains and the owner is to report progress to the next meeting",
        "Not agreed; a delivery plan against the current target date was requested",
        "Refused: the reason given does not justify a further delay to a recommendation already revised",
        "Not agreed at this stage; the owner to provide evidence of progress before any new date is considered"
    };

    /** Notes kept with a recommendation that are not progress updates. */
    static final String[] NOTES = {
        "Monitored through SORB under the agreed reporting arrangements",
        "Owner changed following the restructure; handover completed",
        "Reliant on external supplier - contract manager chasing",
        "Linked to the regional Niche programme; see the collaboration board minutes",
        "Evidence to be provided to the next JARAP before closure is considered",
        "Covered in part by the follow-up audit; check before closing",
        "Raised again by internal audit in the annual report",
        "Dependent on national guidance from the NPCC"
    };

    /** Stated status words for an item outstanding and within its target (or with none). */
    static final String[] STATED_ON_TRACK = {"In progress", "On track", "Open", "Ongoing", "In progress", "On track"};

    /** Stated status words for an item outstanding and past its target. */
    static final String[] STATED_OVERDUE = {"Overdue", "Off track", "In progress", "Delayed", "Behind schedule"};

    /** Stated status words for an item no work has been reported on. */
    static final String[] STATED_NOT_STARTED = {"Not started", "Open"};

    /** Stated status words for a hibernated item. */
    static final String[] STATED_HIBERNATED = {"On hold", "Hibernated", "Paused"};

    /** Stated status words for a re-opened item. */
    static final String[] STATED_REOPENED = {"Re-opened", "In progress"};

    /** Stated status words for an item proposed for closure. */
    static final String[] STATED_PROPOSED = {"Proposed for closure", "Propose close", "Recommended for closure", "Proposed closed"};

    /** Stated status words for an item whose closure a board agreed. */
    static final String[] STATED_CLOSURE_AGREED = {"Closure agreed", "Awaiting closure", "Proposed for closure"};

    /** Stated status words for a closed item. */
    static final String[] STATED_CLOSED = {"Complete", "Closed", "Implemented", "Completed"};

    /** Stated status words for an item moved to business as usual. */
    static final String[] STATED_BUSINESS_AS_USUAL = {"Business as usual", "Complete", "BAU"};

    /** Stated status words for a superseded item. */
    static final String[] STATED_SUPERSEDED = {"Superseded"};

    /** Stated status words for an item not accepted. */
    static final String[] STATED_NOT_ACCEPTED = {"Not accepted", "Not adopted"};

    /** Stated status words for an item whose risk is accepted. */
    static final String[] STATED_RISK_ACCEPTED = {"Risk accepted"};

    /** Stated status of an item with an extension request awaiting a decision: a word no status reads. */
    static final String STATED_EXTENSION_REQUESTED = "Time extension requested";
}
