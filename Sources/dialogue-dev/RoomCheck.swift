import Foundation

/// Checks the room as people see it, in headless Chromium: the family example runs with
/// `--room`; the projector view is loaded, a line typed at the console must appear in its DOM
/// through the event stream, and the DOM text must then equal a freshly served page; the
/// note-taker types on a second screen and the projector shows it; the session is killed and
/// resumed and the open projector reconnects by itself; the page prints as flip-chart sheets.
/// Then the 1Gezin1Plan example opens the phones: the QR code on the projector must read back
/// as the phones' link (zbarimg), a phone writes a point and grades one through its page.
/// Screenshots (1920×1080 and 390×844) and the PDF go to `--out` (default `.build/room`).
func checkRoom(_ arguments: [String], root: URL, usage: String) -> Int32 {
    guard let options = options(arguments, allowed: ["--out", "--dialogue"], usage: usage) else { return 64 }
    let output = URL(fileURLWithPath: options["--out"] ?? ".build/room", relativeTo: root).standardizedFileURL
    guard let chromium = ["chromium", "chromium-browser", "google-chrome"].first(where: onPath) else {
        return failure("no Chromium found; install it (Debian: apt-get install chromium)")
    }
    for (tool, package) in [("zbarimg", "zbar-tools"), ("pdfinfo", "poppler-utils")] where !onPath(tool) {
        return failure("no \(tool) found; install it (Debian: apt-get install \(package))")
    }
    guard let dialogue = dialogueBinary(options["--dialogue"], root: root) else { return 1 }
    try? FileManager.default.removeItem(at: output)
    do {
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        guard let browser = Browser(chromium: chromium) else { return failure("Chromium does not start") }
        defer { browser.close() }
        var check = RoomCheck(root: root, output: output, dialogue: dialogue, browser: browser)
        try check.family()
        try check.phones()
        print("room check: \(check.passed) checks passed; screenshots and PDF in \(output.path)")
        return 0
    } catch {
        return failure("room check: \(error)")
    }
}

/// The room check's steps and what they found.
struct RoomCheck {
    let root: URL
    let output: URL
    let dialogue: String
    let browser: Browser
    var passed = 0

    mutating func expect(_ condition: Bool, _ what: String) throws {
        guard condition else { throw BrowserError(message: what) }
        passed += 1
        print("  ✓ \(what)")
    }

    /// The text of the live part without its clocks (they tick in the browser).
    static let liveText = """
        (() => { const live = document.getElementById('live').cloneNode(true);
          live.querySelectorAll('.countdown').forEach(c => c.remove()); return live.innerText; })()
        """

    func save(_ data: Data, _ name: String) throws { try data.write(to: output.appendingPathComponent(name)) }

    /// An example session: its agenda's path and its scripted lines.
    func example(_ name: String) throws -> (agenda: String, commands: [String]) {
        let commands = try String(
            contentsOf: root.appendingPathComponent("Examples/sessions/\(name).commands"), encoding: .utf8)
        return (
            root.appendingPathComponent("Examples/agendas/\(name).json").path,
            commands.split(separator: "\n").map(String.init)
        )
    }

    mutating func family() throws {
        let (agenda, commands) = try example("family-network-meeting")
        let folder = output.appendingPathComponent("family-session").path
        var console = try LiveSession(dialogue, ["run", agenda, "--session", folder, "--room"], in: root)
        guard console.wait(for: "/notes"), let room = console.link("room"), let notes = console.link("notes") else {
            throw BrowserError(message: "the console printed no room links:\n\(console.text)")
        }
        // Into the interviews, where one person speaks at a time.
        console.send(commands.prefix(24).joined(separator: "\n"))
        try expect(console.wait(for: "✓", count: 20), "the console runs the example's first 24 lines")
        let wall = try browser.open(room, width: 1920, height: 1080)
        try expect(console.wait(for: "projectieschermen 1 ·"), "the console counts the projector's stream")
        let typed = "De zaal ziet deze notitie verschijnen."
        let started = Date()
        console.send(typed)
        let polls = try browser.waitFor("document.getElementById('live').innerText.includes('\(typed)')", in: wall)
        let latency = Date().timeIntervalSince(started)
        try expect(polls != nil, "a line typed at the console appears on the projector (in \(Int(latency * 1000)) ms)")
        let updated = try browser.evaluate(Self.liveText, in: wall) as? String ?? ""
        let fresh = try browser.open(room, width: 1920, height: 1080)
        let served = try browser.evaluate(Self.liveText, in: fresh) as? String ?? ""
        try expect(updated == served && updated.contains(typed), "the updated DOM reads as a freshly served page")

        // The note-taker's second screen.
        let desk = try browser.open(notes, width: 390, height: 844)
        let fromDesk = "Fatima liep de eerste weken mee naar school."
        try browser.evaluate(
            """
            (() => { const form = document.getElementById('note-form');
              form.elements.text.value = '\(fromDesk)'; form.requestSubmit(); return true; })()
            """, in: desk)
        try expect(
            try browser.waitFor("document.getElementById('live').innerText.includes('\(fromDesk)')", in: wall) != nil,
            "a note typed on the note-taker's screen appears on the projector")
        try expect(console.wait(for: "van de notulist"), "the console journals the note-taker's note as its own event")
        try save(try browser.screenshot(wall), "room-1920x1080.png")
        try save(try browser.screenshot(desk), "notes-390x844.png")

        // Killed and resumed: the open projector reconnects by itself.
        console.kill()
        console = try LiveSession(dialogue, ["resume", folder, "--room"], in: root)
        try expect(console.wait(for: "/notes") && console.link("room") == room, "resume serves the same links")
        let afterResume = "Na de herstart staat ook dit op de muur."
        console.send(afterResume)
        try expect(
            try browser.waitFor(
                "document.getElementById('live').innerText.includes('\(afterResume)')", in: wall, polls: 500) != nil,
            "the projector, left open through the kill, shows what is typed after resume")
        let pdf = try browser.pdf(fresh)
        try save(pdf, "room-print.pdf")
        let info = run("pdfinfo", [output.appendingPathComponent("room-print.pdf").path], in: root).output
        let pages =
            info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap {
                Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces))
            } ?? 0
        try expect(pages >= 3, "the projector page prints as flip-chart sheets (\(pages) pages)")
        console.send("/stop")
        _ = console.finish()
    }

    mutating func phones() throws {
        let (agenda, commands) = try example("een-gezin-een-plan-session")
        let folder = output.appendingPathComponent("phones-session").path
        let console = try LiveSession(
            dialogue, ["run", agenda, "--session", folder, "--room", "--room-phones"], in: root)
        guard console.wait(for: "/phone"), let room = console.link("room"), let phone = console.link("phone") else {
            throw BrowserError(message: "the console printed no phone link:\n\(console.text)")
        }
        console.send((commands.prefix { !$0.hasPrefix("/idea") } + ["/telefoons"]).joined(separator: "\n"))
        try expect(console.wait(for: "Telefoons staan open"), "the facilitator opens the phones")
        let wall = try browser.open(room, width: 1920, height: 1080)
        let shot = output.appendingPathComponent("room-phones-1920x1080.png")
        try browser.screenshot(wall).write(to: shot)
        let read = run("zbarimg", ["-q", "--raw", shot.path], in: root, quiet: true).output.trimmingCharacters(
            in: .whitespacesAndNewlines)
        try expect(read == phone, "the QR code on the projector reads back as the phones' link")
        // A participant picks their name and writes a point.
        let picker = try browser.open(phone, width: 390, height: 844)
        try browser.evaluate(
            "(() => { [...document.querySelectorAll('.names button')].find(b => b.textContent === 'Ingrid Peters').click(); return true; })()",
            in: picker)
        let onOwnPage = try browser.waitFor(
            "location.pathname.endsWith('/me') && document.readyState === 'complete'", in: picker)
        let landed = try browser.evaluate("location.href + ' ' + document.body.innerText", in: picker) as? String ?? ""
        try expect(
            onOwnPage != nil,
            "a participant picks their name and lands on their own page"
                + (onOwnPage == nil ? ": \(landed.prefix(120))" : ""))
        let point = "Eén regisseur die het gezin zelf kiest"
        try browser.evaluate(
            "(() => { const form = document.querySelector('form.note-form'); form.elements.text.value = '\(point)'; form.requestSubmit(); return true; })()",
            in: picker)
        try expect(console.wait(for: "van de telefoon van Ingrid Peters"), "a point written on a phone is journaled")
        try expect(
            try browser.waitFor("document.getElementById('live').innerText.includes('\(point)')", in: picker) != nil,
            "the phone shows the point it sent")
        try save(try browser.screenshot(picker), "phone-write-390x844.png")
        console.send("/telefoons dicht\n/volgende\n/telefoons")
        try expect(console.wait(for: "Telefoons staan open", count: 2), "the phones open for the grading step")
        _ = try browser.waitFor("document.querySelector('.scale button') !== null", in: picker)
        try save(try browser.screenshot(picker), "phone-grade-390x844.png")
        try browser.evaluate(
            "(() => { const form = document.querySelector('.scale'); form.requestSubmit(form.querySelectorAll('button')[6]); return true; })()",
            in: picker)
        try expect(console.wait(for: "cijfer voor Ingrid Peters"), "a grade tapped on a phone is journaled")
        try expect(
            try browser.waitFor("document.getElementById('live').innerText.includes('Jouw cijfer: 7')", in: picker)
                != nil,
            "the phone shows the grade it gave")
        console.send("/stop")
        _ = console.finish()
    }
}

/// A `dialogue` session the check talks to while it runs.
final class LiveSession: @unchecked Sendable {
    private let process = Process()
    private let input = Pipe()
    private let outputPipe = Pipe()
    private let lock = NSLock()
    private var collected = ""

    init(_ dialogue: String, _ arguments: [String], in folder: URL) throws {
        process.executableURL = URL(fileURLWithPath: dialogue)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["DIALOGUE_CLOCK"] = "sequence:2026-12-03T13:30:00Z:20"
        environment["NO_COLOR"] = "1"
        process.environment = environment
        process.currentDirectoryURL = folder
        process.standardInput = input
        process.standardOutput = outputPipe
        process.standardError = outputPipe
        outputPipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            // At the end of the output the handler would be called for ever: stop it.
            guard !data.isEmpty else {
                handle.readabilityHandler = nil
                return
            }
            guard let self else { return }
            self.lock.lock()
            self.collected += String(decoding: data, as: UTF8.self)
            self.lock.unlock()
        }
        try process.run()
    }

    var text: String {
        lock.lock()
        defer { lock.unlock() }
        return collected
    }

    func send(_ lines: String) { input.fileHandleForWriting.write(Data((lines + "\n").utf8)) }

    /// Waits (at most 1,200 × 50 ms: a debug build on a loaded machine plans and starts a
    /// session slowly) until the output holds `wanted` `count` times.
    func wait(for wanted: String, count: Int = 1) -> Bool {
        for _ in 0..<1200 {
            if text.components(separatedBy: wanted).count - 1 >= count { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    /// The room link ending in `page` that the console printed.
    func link(_ page: String) -> String? {
        guard let range = text.range(of: #"http://[0-9.]+:[0-9]+/[0-9a-f]{32}/"# + page, options: .regularExpression)
        else { return nil }
        return String(text[range])
    }

    func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        outputPipe.fileHandleForReading.readabilityHandler = nil
    }

    func finish() -> Int32 {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        outputPipe.fileHandleForReading.readabilityHandler = nil
        return process.terminationStatus
    }
}
