import Foundation

/// Every fixed string of the wizard, in Dutch and English. The questions, help texts and sources
/// come from the rules; only the wizard's own words live here.
public struct WizardText: Sendable {
    public let language: Language
    public init(language: Language) { self.language = language }

    private func t(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }

    // MARK: First screen

    public var title: String { t("aiact: wat betekent de AI-verordening voor uw systeem?", "aiact: what does the EU AI Act mean for your system?") }
    public func introduction(steps: String) -> String {
        t("De vragen volgen de stappen van de AI-verordening Gids van de Nederlandse overheid: \(steps). Eén vraag tegelijk; aan het eind ziet u de classificatie, uw rollen en uw verplichtingen.",
          "The questions follow the steps of the Dutch government's AI Act guide: \(steps). One question at a time; at the end you see the classification, your roles and your obligations.")
    }
    public func rulesLine(version: String, origin: String, legalBasis: String) -> String {
        t("Regels \(version) (\(origin == "embedded" ? "ingebouwd" : origin)) · \(legalBasis)", "Rules \(version) (\(origin)) · \(legalBasis)")
    }
    public func savingTo(_ path: String) -> String {
        t("Uw antwoorden worden na elk antwoord bewaard in \(path).", "Your answers are saved after every answer in \(path).")
    }
    public func continuing(_ count: Int, from path: String) -> String {
        t("Verder met \(count == 1 ? "1 antwoord" : "\(count) antwoorden") uit \(path); alleen wat ontbreekt wordt gevraagd.",
          "Continuing with \(count == 1 ? "1 answer" : "\(count) answers") from \(path); only what is missing is asked.")
    }
    public func defaultExists(_ path: String, resume: String) -> String {
        t("\(path) bestaat al en blijft ongemoeid; verdergaan met dat bestand: \(resume)",
          "\(path) already exists and is left alone; to continue it: \(resume)")
    }
    public func willReplace(_ path: String) -> String {
        t("Let op: \(path) bestaat al en wordt bij het eerste antwoord overschreven (verdergaan met een bestand: --answers).",
          "Note: \(path) already exists and is replaced at the first answer (to continue a file: --answers).")
    }
    public func startsNew(_ path: String) -> String {
        t("\(path) bestaat nog niet: de wizard begint een nieuw antwoordbestand en bewaart het daar.",
          "\(path) does not exist yet: the wizard starts a new answer file and saves it there.")
    }
    public var answersFromStandardInput: LocalizedText {
        LocalizedText(nl: "--answers -: de wizard leest zijn antwoorden al van standaardinvoer; geef een bestand",
                      en: "--answers -: the wizard reads its answers from standard input already; give a file")
    }
    public func noSaveFolder(_ path: String, _ folder: String) -> LocalizedText {
        LocalizedText(nl: "--save: \(path): de map \(folder) bestaat niet", en: "--save: \(path): the folder \(folder) does not exist")
    }
    public func cannotWrite(_ path: String, _ folder: String) -> LocalizedText {
        LocalizedText(nl: "--save: \(path): kan niet schrijven in de map \(folder)", en: "--save: \(path): cannot write in the folder \(folder)")
    }
    /// Why the answers cannot be saved in FOLDER, if they cannot.
    public func saveFolderProblem(_ path: String, _ folder: String, isFolder: Bool, writable: Bool) -> LocalizedText? {
        !isFolder ? noSaveFolder(path, folder) : writable ? nil : cannotWrite(path, folder)
    }
    public var keys: String {
        t("Toetsen: nummer = antwoord · ? = uitleg en bronnen · w = waarom deze vraag · b = terug (b N = naar vraag N) · l = uw antwoorden · r TEKST = toelichting bij dit antwoord · q = stoppen (later verder)",
          "Keys: number = answer · ? = explanation and sources · w = why this question · b = back (b N = to question N) · l = your answers · r TEXT = remark on this answer · q = quit (resume later)")
    }
    /// After `r TEXT`.
    public func remarkSaved(_ questionId: String) -> String {
        t("Toelichting bij \(questionId) bewaard (onder `remarks` in het antwoordbestand).",
          "Remark on \(questionId) saved (under `remarks` in the answer file).")
    }
    /// After `r` alone.
    public var remarkHowTo: String {
        t("Typ r gevolgd door uw toelichting, bijvoorbeeld: r Het systeem rangschikt sollicitanten, dus bijlage III, punt 4, onder a.",
          "Type r followed by your remark, for example: r The system ranks applicants, so Annex III, point 4(a).")
    }
    public var systemNamePrompt: String {
        t("Naam van het systeem (Enter om over te slaan)", "Name of the system (Enter to skip)")
    }

    // MARK: Questions

    public func step(_ ordinal: Int, of count: Int, title: String) -> String {
        t("Stap \(ordinal) van \(count): \(title)", "Step \(ordinal) of \(count): \(title)")
    }
    public func progress(_ number: Int, max: Int) -> String {
        number >= max ? t("vraag \(number) van \(max)", "question \(number) of \(max)")
            : t("vraag \(number) van hoogstens \(max)", "question \(number) of at most \(max)")
    }
    public var multiHint: String { t("meerdere antwoorden mogelijk", "more than one answer possible") }
    public var currentMark: String { t("huidig antwoord", "current answer") }
    public func promptSingle(_ count: Int) -> String {
        t("Kies 1–\(count) (? uitleg · w waarom · b terug · q stoppen)", "Choose 1–\(count) (? explain · w why · b back · q quit)")
    }
    public func promptMulti(_ count: Int) -> String {
        t("Kies een of meer van 1–\(count), bijv. 1,3 (? uitleg · w waarom · b terug · q stoppen)",
          "Choose one or more of 1–\(count), e.g. 1,3 (? explain · w why · b back · q quit)")
    }
    public func keepHint(_ answer: String) -> String {
        t("Enter houdt het huidige antwoord: \(answer).", "Enter keeps the current answer: \(answer).")
    }
    public var reusedHeading: String { t("Eerdere antwoorden die nog gelden:", "Earlier answers that still apply:") }
    public func changeHint(_ number: Int) -> String { t("(b \(number) om te wijzigen)", "(b \(number) to change)") }

    // MARK: Problems

    public func problem(_ problem: WizardInputProblem, optionCount: Int) -> String {
        switch problem {
        case .empty:
            return t("U hebt niets ingevuld. Typ het nummer van een antwoord (1–\(optionCount)), of ? voor uitleg.",
                     "Nothing was typed. Type the number of an answer (1–\(optionCount)), or ? for an explanation.")
        case .notUnderstood(let text):
            return t("\"\(text)\" is geen antwoord of commando. Typ een nummer van 1 tot en met \(optionCount), of ? voor uitleg, q om te stoppen.",
                     "\"\(text)\" is not an answer or a command. Type a number from 1 to \(optionCount), or ? for an explanation, q to quit.")
        case .notAnOption(let token, let count):
            return t("\"\(token)\" is geen van de antwoorden; kies uit 1–\(count).", "\"\(token)\" is not one of the answers; choose from 1–\(count).")
        case .onlyOne(let given):
            return t("Bij deze vraag past één antwoord (u gaf er \(given)); kies één nummer.",
                     "This question takes one answer (you gave \(given)); choose one number.")
        case .exclusive(let number):
            return t("Antwoord \(number) kan niet samen met andere antwoorden gekozen worden; kies \(number) alleen, of laat het weg.",
                     "Answer \(number) cannot be combined with other answers; choose \(number) on its own, or leave it out.")
        case .noEarlierQuestion:
            return t("Dit is de eerste vraag; er is geen eerdere om naar terug te gaan.", "This is the first question; there is none before it to go back to.")
        case .noSuchQuestion(let number, let count):
            return t("Er is geen beantwoorde vraag \(number); kies b 1 tot en met b \(count) (l toont de lijst).",
                     "There is no answered question \(number); use b 1 to b \(count) (l shows the list).")
        case .lineTooLong(let limit):
            let size = limit % 1024 == 0 ? "\(limit / 1024) KiB" : "\(limit) bytes"
            return t("Die regel is te lang (meer dan \(size)) en is overgeslagen.", "That line is too long (more than \(size)) and was skipped.")
        }
    }
    public var askAgain: String { t("Probeer het opnieuw; er is niets verloren gegaan.", "Please try again; nothing was lost.") }

    // MARK: Help, why, list

    public var explanation: String { t("Uitleg", "Explanation") }
    public var noHelp: String { t("De regels geven bij deze vraag geen verdere uitleg.", "The rules give no further explanation for this question.") }
    public var options: String { t("Antwoorden", "Answers") }
    public var unsureNote: String {
        t("Kiest u dit, dan gaat de beoordeling uit van de strengere uitkomst en staat de vraag bij 'nog te beoordelen'.",
          "If you choose this, the assessment takes the stricter outcome and lists the question under 'to review'.")
    }
    public var exclusiveNote: String { t("Niet te combineren met andere antwoorden.", "Cannot be combined with other answers.") }
    public var sources: String { t("Bronnen", "Sources") }
    public var noSources: String { t("geen bronnen opgegeven", "no sources given") }
    public var whyTitle: String { t("Waarom deze vraag", "Why this question") }
    public var noWhy: String { t("De regels geven bij deze vraag geen reden.", "The rules give no reason for this question.") }
    public var routeHere: String { t("Hoe u hier kwam", "How you got here") }
    public func startOfStep(_ ordinal: Int, title: String) -> String { t("begin van stap \(ordinal) (\(title))", "start of step \(ordinal) (\(title))") }
    public var askedWhen: String { t("Deze vraag wordt gesteld bij", "This question is asked on") }
    public var listTitle: String { t("Uw antwoorden tot nu toe (b N wijzigt antwoord N):", "Your answers so far (b N changes answer N):") }
    public var noAnswersYet: String { t("Nog geen antwoorden.", "No answers yet.") }
    public var nowAsking: String { t("wordt nu gevraagd", "being asked now") }

    // MARK: End

    public var allAnswered: String {
        t("Alle vragen zijn beantwoord. Enter toont de beoordeling · b gaat terug · l toont uw antwoorden · q stopt",
          "All questions are answered. Enter shows the assessment · b goes back · l lists your answers · q quits")
    }
    public func notUnderstoodAtEnd(_ line: String) -> String {
        t("\"\(line)\" wordt hier niet begrepen: Enter toont de beoordeling, b gaat terug, l toont uw antwoorden, q stopt.",
          "\"\(line)\" is not understood here: Enter shows the assessment, b goes back, l lists your answers, q quits.")
    }
    public func dropped(_ ids: [String]) -> String {
        t("Weggelaten uit het bestand, want niet meer van toepassing: \(ids.joined(separator: ", ")).",
          "Left out of the file because they no longer apply: \(ids.joined(separator: ", ")).")
    }
    public func savedIn(_ path: String) -> String { t("Antwoorden bewaard in \(path).", "Answers saved in \(path).") }
    public var reproduce: String { t("Deze beoordeling opnieuw maken:", "Reproduce this assessment:") }
    public var checkInCI: String { t("Controleren in CI:", "Check it in CI:") }
    public var timeline: String { t("Wanneer", "When") }
    public func likelyLeft(_ n: Int) -> String {
        switch n {
        case 0: return t("waarschijnlijk de laatste vraag", "likely the last question")
        case 1: return t("waarschijnlijk nog 1 vraag", "likely 1 more question")
        default: return t("waarschijnlijk nog \(n) vragen", "likely \(n) more questions")
        }
    }
    public var noQuestionsInStep: String {
        t("Voor uw antwoorden zijn hier geen vragen meer nodig: uw verplichtingen volgen in de beoordeling.",
          "Your answers need no more questions here: your obligations follow in the assessment.")
    }
    // MARK: Interruption

    public var stopped: String { t("Gestopt.", "Stopped.") }
    public var endOfInput: String { t("Einde van de invoer.", "End of input.") }
    public func answersIn(_ path: String) -> String { t("Uw antwoorden tot nu toe staan in \(path).", "Your answers so far are in \(path).") }
    public var nothingSaved: String { t("Er zijn nog geen antwoorden gegeven, dus er is niets bewaard.", "No answers were given yet, so nothing was saved.") }
    public var resumeWith: String { t("Later verder met:", "Continue later with:") }
}
