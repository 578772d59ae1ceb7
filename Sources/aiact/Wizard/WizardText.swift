import AIActCore
import Foundation

/// Every fixed string of the wizard, in Dutch and English. The questions, help texts and sources
/// come from the rules; only the wizard's own words live here.
struct WizardText {
    let language: Language

    private func t(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }

    // MARK: First screen

    var title: String { t("aiact: wat betekent de AI-verordening voor uw systeem?", "aiact: what does the EU AI Act mean for your system?") }
    func introduction(steps: String) -> String {
        t("De vragen volgen de stappen van de AI-verordening Gids van de Nederlandse overheid: \(steps). Eén vraag tegelijk; aan het eind ziet u de classificatie, uw rollen en uw verplichtingen.",
          "The questions follow the steps of the Dutch government's AI Act guide: \(steps). One question at a time; at the end you see the classification, your roles and your obligations.")
    }
    func rulesLine(version: String, origin: String, legalBasis: String) -> String {
        t("Regels \(version) (\(origin)) · \(legalBasis)", "Rules \(version) (\(origin)) · \(legalBasis)")
    }
    func savingTo(_ path: String) -> String {
        t("Uw antwoorden worden na elk antwoord bewaard in \(path).", "Your answers are saved after every answer in \(path).")
    }
    func continuing(_ count: Int, from path: String) -> String {
        t("Verder met \(count) antwoord(en) uit \(path); alleen wat ontbreekt wordt gevraagd.",
          "Continuing with \(count) answer(s) from \(path); only what is missing is asked.")
    }
    func defaultExists(_ path: String, resume: String) -> String {
        t("\(path) bestaat al en blijft ongemoeid; verdergaan met dat bestand: \(resume)",
          "\(path) already exists and is left alone; to continue it: \(resume)")
    }
    func willReplace(_ path: String) -> String {
        t("Let op: \(path) bestaat al en wordt bij het eerste antwoord overschreven (verdergaan met een bestand: --answers).",
          "Note: \(path) already exists and is replaced at the first answer (to continue a file: --answers).")
    }
    var keys: String {
        t("Toetsen: nummer(s) = antwoord · ? = uitleg en bronnen · w = waarom deze vraag · b = terug (b N = naar vraag N) · l = uw antwoorden · q = stoppen (later verder)",
          "Keys: number(s) = answer · ? = explanation and sources · w = why this question · b = back (b N = to question N) · l = your answers · q = quit (resume later)")
    }
    var systemNamePrompt: String {
        t("Naam van het systeem (Enter om over te slaan)", "Name of the system (Enter to skip)")
    }

    // MARK: Questions

    func step(_ ordinal: Int, of count: Int, title: String) -> String {
        t("Stap \(ordinal) van \(count): \(title)", "Step \(ordinal) of \(count): \(title)")
    }
    func progress(_ number: Int, max: Int) -> String {
        number >= max ? t("vraag \(number) van \(max)", "question \(number) of \(max)")
            : t("vraag \(number) van hoogstens \(max)", "question \(number) of at most \(max)")
    }
    var multiHint: String { t("meerdere antwoorden mogelijk", "more than one answer possible") }
    var currentMark: String { t("huidig antwoord", "current answer") }
    func promptSingle(_ count: Int) -> String {
        t("Kies 1–\(count) (? uitleg · w waarom · b terug · q stoppen)", "Choose 1–\(count) (? explain · w why · b back · q quit)")
    }
    func promptMulti(_ count: Int) -> String {
        t("Kies een of meer van 1–\(count), bijv. 1,3 (? uitleg · w waarom · b terug · q stoppen)",
          "Choose one or more of 1–\(count), e.g. 1,3 (? explain · w why · b back · q quit)")
    }
    func keepHint(_ answer: String) -> String {
        t("Enter houdt het huidige antwoord: \(answer).", "Enter keeps the current answer: \(answer).")
    }
    var reusedHeading: String { t("Eerdere antwoorden die nog gelden:", "Earlier answers that still apply:") }
    func changeHint(_ number: Int) -> String { t("(b \(number) om te wijzigen)", "(b \(number) to change)") }

    // MARK: Problems

    func problem(_ problem: WizardInputProblem, optionCount: Int) -> String {
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
        }
    }
    var askAgain: String { t("Probeer het opnieuw; er is niets verloren gegaan.", "Please try again; nothing was lost.") }

    // MARK: Help, why, list

    var explanation: String { t("Uitleg", "Explanation") }
    var noHelp: String { t("De regels geven bij deze vraag geen verdere uitleg.", "The rules give no further explanation for this question.") }
    var options: String { t("Antwoorden", "Answers") }
    var unsureNote: String {
        t("Kiest u dit, dan gaat de beoordeling uit van de strengere uitkomst en staat de vraag bij 'nog te beoordelen'.",
          "If you choose this, the assessment takes the stricter outcome and lists the question under 'to review'.")
    }
    var exclusiveNote: String { t("Niet te combineren met andere antwoorden.", "Cannot be combined with other answers.") }
    var sources: String { t("Bronnen", "Sources") }
    var noSources: String { t("geen bronnen opgegeven", "no sources given") }
    var whyTitle: String { t("Waarom deze vraag", "Why this question") }
    var noWhy: String { t("De regels geven bij deze vraag geen reden.", "The rules give no reason for this question.") }
    var routeHere: String { t("Hoe u hier kwam", "How you got here") }
    func startOfStep(_ ordinal: Int, title: String) -> String { t("begin van stap \(ordinal) (\(title))", "start of step \(ordinal) (\(title))") }
    var askedWhen: String { t("Deze vraag wordt gesteld bij", "This question is asked on") }
    var listTitle: String { t("Uw antwoorden tot nu toe (b N wijzigt antwoord N):", "Your answers so far (b N changes answer N):") }
    var noAnswersYet: String { t("Nog geen antwoorden.", "No answers yet.") }
    var nowAsking: String { t("wordt nu gevraagd", "being asked now") }

    // MARK: End

    var allAnswered: String {
        t("Alle vragen zijn beantwoord. Enter toont de beoordeling · b gaat terug · l toont uw antwoorden · q stopt",
          "All questions are answered. Enter shows the assessment · b goes back · l lists your answers · q quits")
    }
    func notUnderstoodAtEnd(_ line: String) -> String {
        t("\"\(line)\" wordt hier niet begrepen: Enter toont de beoordeling, b gaat terug, l toont uw antwoorden, q stopt.",
          "\"\(line)\" is not understood here: Enter shows the assessment, b goes back, l lists your answers, q quits.")
    }
    func dropped(_ ids: [String]) -> String {
        t("Weggelaten uit het bestand, want niet meer van toepassing: \(ids.joined(separator: ", ")).",
          "Left out of the file because they no longer apply: \(ids.joined(separator: ", ")).")
    }
    func savedIn(_ path: String) -> String { t("Antwoorden bewaard in \(path).", "Answers saved in \(path).") }
    var reproduce: String { t("Deze beoordeling opnieuw maken:", "Reproduce this assessment:") }
    var checkInCI: String { t("Controleren in CI:", "Check it in CI:") }
    var timeline: String { t("Wanneer", "When") }
    func inForceNow(_ date: String, _ count: Int) -> String {
        t("nu al van kracht (\(date)): \(count) verplichting(en)", "already in force (\(date)): \(count) obligation(s)")
    }
    func comingOn(_ date: String, _ count: Int) -> String {
        t("vanaf \(date): \(count) verplichting(en)", "from \(date): \(count) obligation(s)")
    }
    func conditionalCount(_ count: Int) -> String {
        t("voorwaardelijk (alleen als iets gebeurt): \(count) verplichting(en)", "conditional (only if something happens): \(count) obligation(s)")
    }

    // MARK: Interruption

    var stopped: String { t("Gestopt.", "Stopped.") }
    var endOfInput: String { t("Einde van de invoer.", "End of input.") }
    func answersIn(_ path: String) -> String { t("Uw antwoorden tot nu toe staan in \(path).", "Your answers so far are in \(path).") }
    var nothingSaved: String { t("Er zijn nog geen antwoorden gegeven, dus er is niets bewaard.", "No answers were given yet, so nothing was saved.") }
    var resumeWith: String { t("Later verder met:", "Continue later with:") }
}
