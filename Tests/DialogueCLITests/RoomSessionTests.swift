import DialogueKit
import Foundation
import Testing

/// A `dialogue` process the test talks to while it runs: lines in, output watched.
final class LiveDialogue: @unchecked Sendable {
    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let lock = NSLock()
    private var collected = ""

    init(_ arguments: [String], environment: [String: String] = clockSetting) throws {
        process.executableURL = productsFolder.appendingPathComponent("dialogue")
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.currentDirectoryURL = packageRoot
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        output.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            // At the end of the output the handler would be called for ever: stop it.
            guard !data.isEmpty else {
                handle.readabilityHandler = nil
                return
            }
            guard let self else { return }
            self.lock.withLock { self.collected += String(decoding: data, as: UTF8.self) }
        }
        try process.run()
    }

    var text: String { lock.withLock { collected } }

    func send(_ lines: String) { input.fileHandleForWriting.write(Data((lines + "\n").utf8)) }

    /// Waits (at most `polls` × 50 ms) until the output holds `wanted` `count` times.
    @discardableResult
    func wait(for wanted: String, count: Int = 1, polls: Int = 400) -> Bool {
        for _ in 0..<polls {
            if text.components(separatedBy: wanted).count - 1 >= count { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        output.fileHandleForReading.readabilityHandler = nil
    }

    func finish() -> Int32 {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        output.fileHandleForReading.readabilityHandler = nil
        return process.terminationStatus
    }

    /// The room's port and tokens from the links it printed.
    func links() -> (port: UInt16, room: String, notes: String, phone: String?)? {
        func token(_ page: String) -> (UInt16, String)? {
            guard
                let range = text.range(
                    of: #"http://127\.0\.0\.1:[0-9]+/[0-9a-f]{32}/"# + page, options: .regularExpression)
            else { return nil }
            let parts = text[range].dropFirst("http://127.0.0.1:".count).split(separator: "/")
            guard parts.count >= 2, let port = UInt16(parts[0]) else { return nil }
            return (port, String(parts[1]))
        }
        guard let room = token("room"), let notes = token("notes") else { return nil }
        return (room.0, room.1, notes.1, token("phone")?.1)
    }
}

/// The room in whole sessions: phones that become journal events, kill -9 and resume with
/// the same links, a harvest the same as one typed at the console, and private captures that
/// no response ever holds.
@Suite(.serialized) struct RoomSessionTests {
    static let agenda = packageRoot.appendingPathComponent("Examples/agendas/een-gezin-een-plan-session.json").path
    static let commands: [String] = {
        let file = packageRoot.appendingPathComponent("Examples/sessions/een-gezin-een-plan-session.commands")
        return ((try? String(contentsOf: file, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }()
    /// The example's lines before its points are written, and after its grades.
    static var beforePoints: [String] { Array(commands.prefix { !$0.hasPrefix("/idea") }) }
    static var afterGrades: [String] {
        Array(commands.drop { $0 != "/as" }.dropFirst())
    }
    static let points = [
        ("Ingrid Peters", "Eén regisseur die het gezin zelf kiest"), ("Hasan Yilmaz", "Eén plan dat het gezin bewaart"),
        ("Yvonne Jacobs", "Informatie delen alleen met toestemming van het gezin"),
    ]
    static let graders = [
        "Ingrid Peters", "Hasan Yilmaz", "Yvonne Jacobs", "Wim Vos", "Esther de Graaf", "Saskia Brouwer",
        "Rachid Bouzid", "Petra Koster", "Gerard Wouters", "Bas Kramer",
    ]
    static func grade(_ person: Int, _ item: Int) -> Int { 3 + (person * 7 + item * 3) % 6 }

    func journalLines(_ session: URL) throws -> Int {
        try String(contentsOf: session.appendingPathComponent("journal.jsonl"), encoding: .utf8)
            .split(separator: "\n").count
    }

    /// The journal's lines once the console has worked through what it was sent: the count
    /// no longer changes over half a second.
    func settledJournalLines(_ session: URL) throws -> Int {
        var count = try journalLines(session)
        for _ in 0..<40 {
            Thread.sleep(forTimeInterval: 0.5)
            let now = try journalLines(session)
            if now == count { return now }
            count = now
        }
        return count
    }

    /// Each participant's phone token, from the file the console wrote.
    func phoneTokens(_ session: URL) throws -> [String: String] {
        let text = try String(contentsOf: session.appendingPathComponent("phone-links.txt"), encoding: .utf8)
        var tokens: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "\t")
            if parts.count == 2 {
                tokens[String(parts[0])] = String(parts[1].split(separator: "/").dropLast().last ?? "")
            }
        }
        return tokens
    }

    /// The harvest without what differs between two runs of the same meeting: times and the session's id.
    func normalizedHarvest(_ session: URL) throws -> String {
        var harvest = try harvestJSON(session.path)
        func strip(_ value: Any) -> Any {
            if var object = value as? [String: Any] {
                for key in ["at", "actualSeconds", "session"] { object[key] = nil }
                if let id = object["id"] as? String, object["who"] != nil {
                    object["id"] = String(id.split(separator: "-").last ?? "")
                }
                return object.mapValues(strip)
            }
            if let array = value as? [Any] { return array.map(strip) }
            return value
        }
        harvest = strip(harvest) as? [String: Any] ?? [:]
        let data = try JSONSerialization.data(withJSONObject: harvest, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    @Test func phonesAndTheNoteTakerJournalExactlyTheEventsTheConsoleWouldAndSurviveAKill() throws {
        let folder = try temporaryFolder()
        let session = folder.appendingPathComponent("room")
        var live = try LiveDialogue(["run", Self.agenda, "--session", session.path, "--room", "--room-phones"])
        #expect(live.wait(for: "/phone"))
        let links = try #require(live.links())
        let phones = try phoneTokens(session)
        #expect(phones.count == 14)
        live.send(Self.beforePoints.joined(separator: "\n"))
        #expect(live.wait(for: "Wat gaat goed"))
        // Before the phones are opened, a phone's point is refused and nothing is journaled.
        var lines = try settledJournalLines(session)
        let early = try RoomClient.post(
            links.port, "/\(phones["Ingrid Peters"] ?? "")/me", form: "action=point&text=te+vroeg", json: true)
        #expect(early.status == 422 && early.body.contains("gesloten"))
        #expect(try journalLines(session) == lines)
        live.send("/telefoons")
        #expect(live.wait(for: "Telefoons staan open"))
        lines = try journalLines(session)
        for (person, point) in Self.points {
            let answer = try RoomClient.post(
                links.port, "/\(phones[person] ?? "")/me", form: "action=point&text=\(FormCoding.encode(point))")
            #expect(answer.status == 303)
            lines += 1
            #expect(try journalLines(session) == lines, "one event for \(person)'s point")
        }
        let empty = try RoomClient.post(links.port, "/\(phones["Wim Vos"] ?? "")/me", form: "action=point&text=+")
        #expect(empty.status == 303 && empty.text.contains("Location: me?m=%3F"))
        #expect(try journalLines(session) == lines)
        // The note-taker's screen shows the points; the projector too.
        #expect(try RoomClient.get(links.port, "/\(links.notes)/notes").body.contains("Eén plan dat het gezin bewaart"))
        live.send("/volgende\n/telefoons")
        #expect(live.wait(for: "Telefoons staan open", count: 2))
        lines = try journalLines(session)
        for (index, person) in Self.graders.enumerated() {
            if index == 5 {
                // Killed in the middle of the grading, and resumed on the same links.
                live.kill()
                live = try LiveDialogue(["resume", session.path, "--room", "--room-phones"])
                #expect(live.wait(for: "/notes"))
                #expect(live.links()?.port == links.port && live.links()?.room == links.room)
                #expect(try RoomClient.get(links.port, "/\(links.room)/room").status == 200)
                #expect(try journalLines(session) == lines)
            }
            for item in 1...3 {
                let answer = try RoomClient.post(
                    links.port, "/\(phones[person] ?? "")/me",
                    form: "action=score&item=\(item)&value=\(Self.grade(index, item))", json: true)
                #expect(answer.status == 200 && answer.body.contains("\"ok\":true"), "\(person) #\(item)")
                lines += 1
            }
            #expect(try journalLines(session) == lines)
        }
        // A number no list has, or a point that is no longer at its number, is refused.
        for form in [
            "action=score&item=-9223372036854775808&value=5", "action=score&item=9223372036854775807&value=5",
            "action=score&item=1&point=Another+point&value=5", "action=score&item=1&value=99",
        ] {
            let refused = try RoomClient.post(links.port, "/\(phones["Bas Kramer"] ?? "")/me", form: form, json: true)
            #expect(refused.status == 422, "\(form)")
        }
        #expect(try RoomClient.get(links.port, "/\(links.room)/room").status == 200, "the console is alive")
        // A second grade of the same point is refused, as at the console.
        let again = try RoomClient.post(
            links.port, "/\(phones["Wim Vos"] ?? "")/me", form: "action=score&item=1&value=5", json: true)
        #expect(again.status == 422)
        #expect(try journalLines(session) == lines)
        // A name is picked from the phones' list once; the list holds no one's link.
        let list = try RoomClient.get(links.port, "/\(links.phone ?? "")/phone")
        #expect(list.body.contains("Bas Kramer") && !phones.values.contains { list.body.contains($0) })
        let picked = try RoomClient.post(links.port, "/\(links.phone ?? "")/phone", form: "name=Bas+Kramer")
        #expect(picked.status == 303 && picked.text.contains("Location: ../\(phones["Bas Kramer"] ?? "-")/me"))
        let twice = try RoomClient.post(links.port, "/\(links.phone ?? "")/phone", form: "name=Bas+Kramer")
        #expect(twice.status == 303 && !twice.text.contains(phones["Bas Kramer"] ?? "-"))
        #expect(!(try RoomClient.get(links.port, "/\(links.phone ?? "")/phone").body.contains("Bas Kramer")))
        #expect(try journalLines(session) == lines)
        live.send((["/telefoons dicht"] + Self.afterGrades).joined(separator: "\n"))
        #expect(live.wait(for: "harvest.json"))
        #expect(live.finish() == 0)

        // The same meeting typed at the console alone.
        let typed = folder.appendingPathComponent("typed")
        var script = Self.beforePoints
        for (person, point) in Self.points { script += ["/als \(person)", "/idee \(point)"] }
        script += ["/als", "/volgende"]
        for (index, person) in Self.graders.enumerated() {
            script.append("/als \(person)")
            for item in 1...3 { script.append("/cijfer \(Self.grade(index, item)) #\(item)") }
        }
        script += Self.afterGrades
        let run = try dialogue(
            ["run", Self.agenda, "--session", typed.path], input: script.joined(separator: "\n") + "\n",
            environment: clockSetting)
        #expect(run.code == 0, "\(run.output)")
        let phoned = try normalizedHarvest(session)
        #expect(phoned.contains("Informatie delen alleen met toestemming van het gezin"))
        #expect(phoned == (try normalizedHarvest(typed)))
    }

    @Test func theNoteTakerWritesPicksTheQuestionEditsAndWithdrawsEachAsOneEvent() throws {
        let folder = try temporaryFolder()
        let session = folder.appendingPathComponent("desk")
        let agenda = packageRoot.appendingPathComponent("Examples/agendas/family-network-meeting.json").path
        let live = try LiveDialogue(["run", agenda, "--session", session.path, "--room"])
        #expect(live.wait(for: "/notes"))
        let links = try #require(live.links())
        // Into the first interview, where the questions are asked one at a time.
        let commands = try String(
            contentsOf: packageRoot.appendingPathComponent("Examples/sessions/family-network-meeting.commands"),
            encoding: .utf8
        ).split(separator: "\n").prefix(19)
        live.send(commands.joined(separator: "\n"))
        #expect(live.wait(for: "▶ Elk gezinslid en elk lid van het netwerk interviewen"))
        let path = "/\(links.notes)/notes"
        var lines = try journalLines(session)
        func post(_ form: String) throws -> RoomClient { try RoomClient.post(links.port, path, form: form, json: true) }
        let note = try post("action=note&person=Mila+de+Vries&prompt=q1&text=Van+de+tweede+laptop")
        #expect(note.status == 200, "\(note.body)")
        lines += 1
        #expect(try journalLines(session) == lines)
        let journal = try String(contentsOf: session.appendingPathComponent("journal.jsonl"), encoding: .utf8)
        #expect(journal.contains(#""prompt":"q1""#) && journal.contains("Van de tweede laptop"))
        for refused in [
            "action=note&person=Niemand&text=x", "action=note&prompt=no-such-question&text=x", "action=note&text=+",
            "action=edit&id=999&text=x", "action=explode",
        ] {
            #expect(try post(refused).status == 422, "\(refused)")
        }
        #expect(try journalLines(session) == lines)
        let id = try #require(
            note.body.split(separator: "#").dropFirst().first.flatMap { Int($0.prefix { $0.isNumber }) })
        #expect(try post("action=edit&id=\(id)&text=Verbeterd+op+de+tweede+laptop").status == 200)
        #expect(try post("action=withdraw&id=\(id)").status == 200)
        #expect(try journalLines(session) == lines + 2)
        let page = try RoomClient.get(links.port, "/\(links.room)/room").body
        #expect(!page.contains("tweede laptop"))
        live.send("/quit")
        _ = live.finish()
    }

    @Test func privateCapturesAreInNoResponse() throws {
        let folder = try temporaryFolder()
        let agenda = try write(methodAgenda("taking-up-concerns"), "agenda.json", in: folder)
        let session = folder.appendingPathComponent("private")
        let live = try LiveDialogue(["run", agenda, "--session", session.path, "--preparation", "--room"])
        #expect(live.wait(for: "/notes"))
        let links = try #require(live.links())
        // The preparation's worry level and notes, then a note in the meeting itself.
        live.send("/start\n/worry 3 SECRET-worry\n/next\nSECRET-own-worry\n/next\nSECRET-ways")
        #expect(live.wait(for: "#3 note for Tess"))
        var steps = 0
        let meeting = "▶ 7. Take the worry up ("
        while !live.text.contains(meeting), steps < 12 {
            live.send("/next")
            steps += 1
            live.wait(for: meeting, polls: 10)
        }
        #expect(steps > 0 && steps < 12)
        live.send("PUBLIC-in-the-meeting")
        #expect(live.wait(for: "#4 note"))
        let room = try RoomClient.get(links.port, "/\(links.room)/room")
        let notes = try RoomClient.get(links.port, "/\(links.notes)/notes")
        var streams: [String] = []
        for path in ["/\(links.room)/room/events", "/\(links.notes)/notes/events"] {
            let stream = try RoomClient(port: links.port)
            stream.send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(links.port)\r\nLast-Event-ID: 0\r\n\r\n")
            stream.read(polls: 20) { $0.contains("PUBLIC-in-the-meeting") }
            streams.append(stream.text)
        }
        for response in [room.text, notes.text] + streams {
            #expect(response.contains("PUBLIC-in-the-meeting"))
            #expect(!response.contains("SECRET"))
        }
        // Editing a private record from the note-taker's screen is refused.
        let edit = try RoomClient.post(
            links.port, "/\(links.notes)/notes", form: "action=edit&id=2&text=changed", json: true)
        #expect(edit.status == 422)
        live.send("/quit")
        _ = live.finish()
    }
}
