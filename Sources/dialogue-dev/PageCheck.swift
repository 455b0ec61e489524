import Foundation

/// Renders every example plan and the harvest of every example session with headless Chromium, as people print
/// and read them, and checks what a reader would notice:
///
/// - on A4 (PDF): the page count stays within bounds, no heading is the last line of a page,
///   and no page but the last is left more than two-thirds empty;
/// - on a phone (390 px wide): nothing runs off the right edge and text keeps off the edges.
///
/// Writes the PDFs and PNG screenshots (A4 first page, phone, desktop) into `--out` (default
/// `.build/pages`). Needs `chromium` and poppler's `pdfinfo` and `pdftotext`. Returns the exit code.
func checkPages(_ arguments: [String], root: URL, usage: String) -> Int32 {
    guard let options = options(arguments, allowed: ["--out", "--dialogue"], usage: usage) else { return 64 }
    let output = URL(fileURLWithPath: options["--out"] ?? ".build/pages", relativeTo: root).standardizedFileURL
    let binary = options["--dialogue"]
    guard let chromium = ["chromium", "chromium-browser", "google-chrome"].first(where: onPath) else {
        return failure("no Chromium found; install it (Debian: apt-get install chromium)")
    }
    for tool in ["pdfinfo", "pdftotext"] where !onPath(tool) {
        return failure("no \(tool) found; install poppler (Debian: apt-get install poppler-utils)")
    }
    guard let dialogue = dialogueBinary(binary, root: root) else { return 1 }
    try? FileManager.default.removeItem(at: output)
    do {
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    } catch {
        return failure("cannot create \(output.path): \(error)")
    }

    // The pages: every example plan in both languages, and the example session's harvest.
    var pages: [(name: String, html: String, maxPages: Int)] = []
    let agendas = root.appendingPathComponent("Examples/agendas")
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: agendas.path)) ?? [])
        .filter { $0.hasSuffix(".json") }.sorted()
    for name in names {
        for language in ["en", "nl"] {
            let plan = run(
                dialogue, ["plan", agendas.appendingPathComponent(name).path, "--format", "html", "--lang", language],
                in: root)
            guard plan.status == 0 else { return failure("dialogue plan \(name) failed") }
            pages.append(("\(name.dropLast(5))-plan-\(language)", plan.output, 12))
        }
    }
    // Each scripted example session (Examples/sessions/NAME.commands runs Examples/agendas/NAME.json).
    let sessions = root.appendingPathComponent("Examples/sessions")
    let scripts = ((try? FileManager.default.contentsOfDirectory(atPath: sessions.path)) ?? [])
        .filter { $0.hasSuffix(".commands") }.sorted()
    for script in scripts {
        let name = String(script.dropLast(".commands".count))
        let session = output.appendingPathComponent("session-\(name)")
        let commands = (try? String(contentsOf: sessions.appendingPathComponent(script), encoding: .utf8)) ?? ""
        let ran = run(
            dialogue, ["run", agendas.appendingPathComponent("\(name).json").path, "--session", session.path],
            in: root, input: commands, quiet: true)
        guard ran.status == 0 else { return failure("the example session \(name) did not run") }
        for (suffix, extra) in [("", [String]()), ("-private", ["--private"])] {
            let report = run(dialogue, ["report", session.path, "--format", "html"] + extra, in: root)
            guard report.status == 0 else { return failure("dialogue report \(name) failed") }
            pages.append(("\(name)-harvest\(suffix)", report.output, 8))
        }
    }

    var problems: [String] = []
    print("page                                         A4 pages  fill of each page")
    for page in pages {
        let html = output.appendingPathComponent(page.name + ".html")
        let pdf = output.appendingPathComponent(page.name + ".pdf")
        do { try Data(page.html.utf8).write(to: html) } catch { return failure("cannot write \(html.path)") }
        let chrome = ["--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-pdf-header-footer"]
        _ = run(chromium, chrome + ["--print-to-pdf=\(pdf.path)", html.absoluteString], in: root, quiet: true)
        let desktop = output.appendingPathComponent("\(page.name)-desktop.png")
        _ = run(
            chromium, chrome + ["--window-size=1200,1600", "--screenshot=\(desktop.path)", html.absoluteString],
            in: root, quiet: true)
        let layout = PDFLayout(pdf: pdf, folder: root)
        let fills = layout.pages.map { Int(($0.fill * 100).rounded()) }
        print(
            page.name.padding(toLength: 45, withPad: " ", startingAt: 0)
                + String(layout.pages.count).padding(
                    toLength: 10, withPad: " ", startingAt: 0) + fills.map { "\($0)%" }.joined(separator: " "))
        if layout.pages.isEmpty || layout.pages.count > page.maxPages {
            problems.append("\(page.name): \(layout.pages.count) pages (1 to \(page.maxPages) expected)")
        }
        let headings = Headings(html: page.html)
        for (number, sheet) in layout.pages.enumerated() {
            if number < layout.pages.count - 1, sheet.fill < 0.33 {
                problems.append("\(page.name): page \(number + 1) is only \(Int(sheet.fill * 100))% full")
            }
            if number < layout.pages.count - 1, let last = sheet.lastLine, headings.isHeading(last) {
                problems.append("\(page.name): page \(number + 1) ends with the heading “\(last)”")
            }
        }
        let phone = PhoneCheck(
            html: page.html, chromium: chromium, screenshot: output.appendingPathComponent("\(page.name)-phone.png"),
            folder: output, root: root)
        problems += phone.problems.map { "\(page.name) on a phone: \($0)" }
    }
    print("written to \(output.path)")
    if problems.isEmpty {
        print(
            "✓ \(pages.count) pages: within their page counts, no heading ends a page, no page mostly empty, none too wide on a phone"
        )
        return 0
    }
    for problem in problems { FileHandle.standardError.write(Data("✗ \(problem)\n".utf8)) }
    return 1
}

/// Whether `program` is on PATH.
func onPath(_ program: String) -> Bool {
    (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").contains {
        FileManager.default.isExecutableFile(atPath: "\($0)/\(program)")
    }
}

/// The `dialogue` binary: `option`, or the one `swift build` made; nil (said) when there is none.
func dialogueBinary(_ option: String?, root: URL) -> String? {
    let dialogue =
        option
        ?? run("swift", ["build", "--show-bin-path"], in: root).output.trimmingCharacters(in: .whitespacesAndNewlines)
        + "/dialogue"
    guard FileManager.default.isExecutableFile(atPath: dialogue) else {
        _ = failure("no dialogue binary at \(dialogue); run 'swift build' first")
        return nil
    }
    return dialogue
}

func failure(_ message: String) -> Int32 {
    FileHandle.standardError.write(Data("dialogue-dev: \(message)\n".utf8))
    return 1
}

/// The pages of a PDF as poppler lays them out: how far down each is filled, and its last line.
struct PDFLayout {
    struct Page {
        /// The bottom of the lowest text, as a share of the page's height.
        var fill: Double
        /// The text of the lowest line.
        var lastLine: String?
    }

    var pages: [Page] = []

    init(pdf: URL, folder: URL) {
        let info = run("pdfinfo", [pdf.path], in: folder).output
        let count =
            info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) } ?? 0
        guard count > 0 else { return }
        let layout = run("pdftotext", ["-bbox-layout", pdf.path, "-"], in: folder).output
        for pageText in layout.components(separatedBy: "<page ").dropFirst().prefix(count) {
            let height = Self.number("height", in: pageText) ?? 842
            var lowest: (bottom: Double, text: String)? = nil
            for lineText in pageText.components(separatedBy: "<line ").dropFirst() {
                guard let bottom = Self.number("yMax", in: lineText) else { continue }
                let words = lineText.components(separatedBy: "<word ").dropFirst().compactMap { word -> String? in
                    guard let start = word.firstIndex(of: ">"), let end = word.range(of: "</word>") else { return nil }
                    return String(word[word.index(after: start)..<end.lowerBound])
                }
                let text = Headings.unescaped(words.joined(separator: " "))
                if lowest == nil || bottom > (lowest?.bottom ?? 0) { lowest = (bottom, text) }
            }
            pages.append(Page(fill: (lowest?.bottom ?? 0) / height, lastLine: lowest?.text))
        }
    }

    /// The number in `name="…"` in `text`.
    static func number(_ name: String, in text: String) -> Double? {
        guard let start = text.range(of: "\(name)=\"") else { return nil }
        let rest = text[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return Double(rest[..<end])
    }
}

/// The headings of an HTML page, to tell whether a page's last line is one.
struct Headings {
    var texts: [String] = []

    init(html: String) {
        for level in ["h1", "h2", "h3"] {
            for part in html.components(separatedBy: "<\(level)").dropFirst() {
                guard let start = part.firstIndex(of: ">"), let end = part.range(of: "</\(level)>") else { continue }
                texts.append(Self.normalized(Self.stripped(String(part[part.index(after: start)..<end.lowerBound]))))
            }
        }
    }

    /// Whether `line` is a heading, or the last line of one that wrapped.
    func isHeading(_ line: String) -> Bool {
        let line = Self.normalized(line)
        guard !line.isEmpty else { return false }
        return texts.contains { $0 == line || ($0.hasSuffix(line) && line.count >= 12) }
    }

    static func stripped(_ html: String) -> String {
        var text = ""
        var inTag = false
        for character in html {
            if character == "<" {
                inTag = true
            } else if character == ">" {
                inTag = false
            } else if !inTag {
                text.append(character)
            }
        }
        return unescaped(text)
    }

    static func unescaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// The page on a 390 px wide screen, measured by a script in a copy of it: how wide the
/// document is against the window, and how far text keeps from the left edge. Chromium's
/// windows are at least 500 px wide, so the page is shown in a 390 px frame (`srcdoc`, which
/// shares the outer page's origin, so the script can leave its figures there).
struct PhoneCheck {
    var problems: [String] = []

    init(html: String, chromium: String, screenshot: URL, folder: URL, root: URL) {
        let probe = """
            <script>
            addEventListener('load', () => {
              let left = Infinity;
              for (const element of document.body.querySelectorAll('p, li, td, th, h1, h2, h3')) {
                const box = element.getBoundingClientRect();
                if (box.width > 0 && element.textContent.trim()) left = Math.min(left, box.left);
              }
              parent.document.body.setAttribute('data-measure',
                document.documentElement.scrollWidth + ' ' + innerWidth + ' ' + Math.round(left));
            });
            </script>
            """
        let inner = html.replacingOccurrences(of: "</body>", with: probe + "</body>")
        let escaped = inner.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
        let wrapper = """
            <!DOCTYPE html><html><body style="margin:0;background:#ddd">\
            <iframe style="width:390px;height:1600px;border:0;background:#fff" srcdoc="\(escaped)"></iframe>\
            </body></html>
            """
        let copy = folder.appendingPathComponent("phone-frame.html")
        do { try Data(wrapper.utf8).write(to: copy) } catch {
            problems.append("cannot write the frame")
            return
        }
        defer { try? FileManager.default.removeItem(at: copy) }
        let chrome = ["--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=500,1600"]
        _ = run(chromium, chrome + ["--screenshot=\(screenshot.path)", copy.absoluteString], in: root, quiet: true)
        let dom = run(
            chromium, chrome + ["--virtual-time-budget=2000", "--dump-dom", copy.absoluteString], in: root, quiet: true
        ).output
        guard let start = dom.range(of: "data-measure=\""),
            let end = dom[start.upperBound...].firstIndex(of: "\"")
        else {
            problems.append("the page could not be measured")
            return
        }
        let numbers = dom[start.upperBound..<end].split(separator: " ").compactMap { Int($0) }
        guard numbers.count == 3 else { return }
        if numbers[0] > numbers[1] { problems.append("\(numbers[0]) px wide in a \(numbers[1]) px window") }
        if numbers[2] < 10 { problems.append("text starts \(numbers[2]) px from the edge") }
    }
}
