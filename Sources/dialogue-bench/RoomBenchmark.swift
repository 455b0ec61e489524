import DialogueKit
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The room under load on loopback: the 1Gezin1Plan example with `phones` participants runs
/// in a real `dialogue` process with `--room --room-phones`; `screens` projector streams and
/// one stream per phone stay open while every phone writes a point every six seconds for
/// `seconds`. Prints how many events were journaled and delivered, and the latency from each
/// event's journal time (stamped just before it is written and flushed) to its arrival on
/// every stream, p50 / p99 / max; the phones' round trips; the server process's CPU and memory.
enum RoomBenchmark {
    struct Stream {
        var descriptor: Int32
        var phone: Bool
        /// The last bytes of the previous read, where an `id:` line may have been cut.
        var tail: [UInt8] = []
        var arrivals: [Int: Date] = [:]
    }

    /// Notes the arrival of every event id in `bytes`, byte by byte (the client must not be
    /// slower than the server it measures).
    static func scan(_ bytes: ArraySlice<UInt8>, into stream: inout Stream, at now: Date) {
        let data = stream.tail + bytes
        let marker = Array("\nid: ".utf8)
        var index = 0
        var lastStart = data.count
        while index + marker.count <= data.count {
            if data[index] == 0x0A, data[index + 1] == 0x69, data[index + 2] == 0x64, data[index + 3] == 0x3A,
                data[index + 4] == 0x20
            {
                var cursor = index + marker.count
                var id = 0
                while cursor < data.count, (0x30...0x39).contains(data[cursor]) {
                    id = id * 10 + Int(data[cursor] - 0x30)
                    cursor += 1
                }
                if cursor < data.count {
                    if stream.arrivals[id] == nil { stream.arrivals[id] = now }
                    index = cursor
                    continue
                }
                lastStart = index
                break
            }
            index += 1
        }
        let keep = min(lastStart, max(0, data.count - marker.count - 12))
        stream.tail = Array(data[keep...].suffix(32))
    }

    static func run(seconds: Int, screens: Int, phones: Int) -> Int32 {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("dialogue").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            FileHandle.standardError.write(Data("dialogue-bench: build dialogue first (swift build -c release)\n".utf8))
            return 1
        }
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dialogue-bench-room-\(getpid())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            let agenda = try writeAgenda(in: folder, root: root, phones: phones)
            let session = folder.appendingPathComponent("session").path
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = ["run", agenda, "--session", session, "--room", "--room-phones"]
            let input = Pipe()
            let output = Pipe()
            process.standardInput = input
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            let collected = Collected()
            output.fileHandleForReading.readabilityHandler = { handle in
                let data = handle.availableData
                if data.isEmpty { handle.readabilityHandler = nil } else { collected.append(data) }
            }
            try process.run()
            defer {
                if process.isRunning { process.terminate() }
            }
            guard collected.wait(for: "/phone"), let port = collected.port, let room = collected.token("room") else {
                throw CocoaError(.fileReadUnknown)
            }
            let commands = try String(
                contentsOf: root.appendingPathComponent("Examples/sessions/een-gezin-een-plan-session.commands"),
                encoding: .utf8
            ).split(separator: "\n").prefix { !$0.hasPrefix("/idea") }.joined(separator: "\n")
            input.fileHandleForWriting.write(Data((commands + "\n/telefoons\n").utf8))
            guard collected.wait(for: "Telefoons staan open") else { throw CocoaError(.fileReadUnknown) }
            let people = try phoneTokens(session)
            let names = people.keys.sorted().prefix(phones)

            var streams: [Stream] = []
            for _ in 0..<screens {
                streams.append(Stream(descriptor: try open(port, "/\(room)/room/events"), phone: false))
            }
            for name in names {
                streams.append(Stream(descriptor: try open(port, "/\(people[name] ?? "")/me/events"), phone: true))
            }
            // The phones write on a fixed schedule: phone i at i × 6 / phones seconds into every 6 s.
            let began = Date()
            var schedule: [(at: Double, phone: String)] = []
            for (index, name) in names.enumerated() {
                var time = Double(index) * 6 / Double(max(1, names.count))
                while time < Double(seconds) {
                    schedule.append((time, name))
                    time += 6
                }
            }
            schedule.sort { $0.at < $1.at }
            let plan = schedule
            let roundTrips = RoundTrips()
            let poster = Thread {
                for (count, entry) in plan.enumerated() {
                    let wait = entry.at - Date().timeIntervalSince(began)
                    if wait > 0 { Thread.sleep(forTimeInterval: wait) }
                    let sent = Date()
                    let ok = post(
                        port, "/\(people[entry.phone] ?? "")/me",
                        "action=point&text=Punt+\(count)+van+\(entry.phone.replacingOccurrences(of: " ", with: "+"))")
                    roundTrips.add(Date().timeIntervalSince(sent), ok: ok)
                }
                roundTrips.finish()
            }
            poster.start()
            // Read every stream until the phones are done and one more second has passed.
            var finishedAt: Date?
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                if finishedAt == nil, roundTrips.done { finishedAt = Date() }
                if let finishedAt, Date().timeIntervalSince(finishedAt) > 1 { break }
                var descriptors = streams.map { pollfd(fd: $0.descriptor, events: Int16(POLLIN), revents: 0) }
                guard poll(&descriptors, nfds_t(descriptors.count), 100) > 0 else { continue }
                for index in descriptors.indices where descriptors[index].revents != 0 {
                    let count = buffer.withUnsafeMutableBytes {
                        recv(streams[index].descriptor, $0.baseAddress, $0.count, 0)
                    }
                    guard count > 0 else { continue }
                    let now = Date()
                    // Each event that starts in these bytes: "\nid: N\n" after a blank line.
                    scan(buffer[0..<count], into: &streams[index], at: now)
                }
            }
            let usage = resources(process.processIdentifier)
            input.fileHandleForWriting.write(Data("/stop\n".utf8))
            process.waitUntilExit()
            for stream in streams { close(stream.descriptor) }

            // Journal times: view k follows the entry with seq k − 1.
            var journaled: [Int: Date] = [:]
            let journal = try Journal.open(at: session + "/journal.jsonl")
            for entry in journal.entries { journaled[entry.seq + 1] = entry.at }
            let first = journal.entries.first { $0.at >= began }?.seq ?? 0
            let measured = journal.entries.filter { $0.seq >= first }.count
            func latencies(_ phone: Bool) -> (values: [Double], missing: Int) {
                var values: [Double] = []
                var missing = 0
                for stream in streams where stream.phone == phone {
                    for entry in journal.entries where entry.seq >= first {
                        if let arrival = stream.arrivals[entry.seq + 1] {
                            values.append(arrival.timeIntervalSince(entry.at) * 1000)
                        } else {
                            missing += 1
                        }
                    }
                }
                return (values, missing)
            }
            let (wall, wallMissing) = latencies(false)
            let (phone, phoneMissing) = latencies(true)
            func figures(_ values: [Double]) -> String {
                guard !values.isEmpty else { return "—" }
                return String(
                    format: "p50 %.1f ms  p99 %.1f ms  max %.1f ms", percentile(values, 0.5), percentile(values, 0.99),
                    values.max() ?? 0)
            }
            print(
                "room under load: \(screens) projector streams, \(names.count) phones (each with its stream), \(seconds) s"
            )
            print(
                "  events journaled while measured: \(measured) (phone submissions sent: \(roundTrips.count), refused: \(roundTrips.failed))"
            )
            print(
                "  projector deliveries: \(wall.count) of \(wall.count + wallMissing)   latency journal → stream \(figures(wall))"
            )
            print(
                "  phone deliveries:     \(phone.count) of \(phone.count + phoneMissing)   latency journal → stream \(figures(phone))"
            )
            print(
                "  phone submission round trip (journaled and fsynced before the answer): \(figures(roundTrips.values))"
            )
            if let usage {
                print(
                    "  dialogue process: \(String(format: "%.1f", usage.cpu)) s CPU, \(usage.maxMiB) MiB max resident")
            }
            return wallMissing + phoneMissing == 0 && roundTrips.failed == 0 ? 0 : 1
        } catch {
            FileHandle.standardError.write(Data("dialogue-bench room: \(error)\n".utf8))
            return 1
        }
    }

    static func percentile(_ values: [Double], _ fraction: Double) -> Double {
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
    }

    /// The example agenda with `phones` professionals in place of its participants, its method
    /// allowed more than 60 people.
    static func writeAgenda(in folder: URL, root: URL, phones: Int) throws -> String {
        var people = "naam;rol;organisatie\nMarieke Hoekstra;facilitator;CJG\nTom van Dijk;facilitator;GGD\n"
        for index in 1...phones {
            people += "Deelnemer \(String(format: "%03d", index));professional;Organisatie \(index % 10)\n"
        }
        let csv = folder.appendingPathComponent("people.csv")
        try Data(people.utf8).write(to: csv)
        // The example method, for more people than one session of it takes.
        let methods = folder.appendingPathComponent("methods")
        try FileManager.default.createDirectory(at: methods, withIntermediateDirectories: true)
        let method = try String(
            contentsOf: root.appendingPathComponent("Examples/methods/een-gezin-een-plan.json"), encoding: .utf8)
        try Data(method.replacingOccurrences(of: "\"max\": 60}", with: "\"max\": 1000}").utf8).write(
            to: methods.appendingPathComponent("een-gezin-een-plan.json"))
        let example = try String(
            contentsOf: root.appendingPathComponent("Examples/agendas/een-gezin-een-plan-session.json"), encoding: .utf8
        )
        let agenda = example.replacingOccurrences(
            of: "\"../participants/een-gezin-een-plan.csv\"", with: "\"\(csv.path)\""
        )
        .replacingOccurrences(of: "[\"../methods\"]", with: "[\"\(methods.path)\"]")
        let path = folder.appendingPathComponent("agenda.json")
        try Data(agenda.utf8).write(to: path)
        return path.path
    }

    static func phoneTokens(_ session: String) throws -> [String: String] {
        var tokens: [String: String] = [:]
        for line in try String(contentsOfFile: session + "/phone-links.txt", encoding: .utf8).split(separator: "\n") {
            let parts = line.split(separator: "\t")
            if parts.count == 2, let token = parts[1].split(separator: "/").dropLast().last {
                tokens[String(parts[0])] = String(token)
            }
        }
        return tokens
    }

    /// A connection with a stream request sent.
    static func open(_ port: UInt16, _ path: String) throws -> Int32 {
        let descriptor = try connectLoopback(port)
        send(descriptor, "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: text/event-stream\r\n\r\n")
        return descriptor
    }

    static func connectLoopback(_ port: UInt16) throws -> Int32 {
        #if canImport(Glibc)
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            close(descriptor)
            throw CocoaError(.fileReadUnknown)
        }
        return descriptor
    }

    static func send(_ descriptor: Int32, _ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { Foundation.send(descriptor, $0.baseAddress, $0.count, 0) }
            if count <= 0 { return }
            offset += count
        }
    }

    /// Posts a form and reads the whole answer; whether it was a redirect (recorded or refused, decided).
    static func post(_ port: UInt16, _ path: String, _ form: String) -> Bool {
        guard let descriptor = try? connectLoopback(port) else { return false }
        defer { close(descriptor) }
        send(
            descriptor,
            "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: application/json\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: \(form.utf8.count)\r\nConnection: close\r\n\r\n\(form)"
        )
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count <= 0 { break }
            received += buffer[0..<count]
        }
        let text = String(decoding: received, as: UTF8.self)
        return text.hasPrefix("HTTP/1.1 200") && text.contains("\"ok\":true")
    }

    /// CPU seconds and peak resident memory of a process (Linux /proc; nil elsewhere).
    static func resources(_ pid: Int32) -> (cpu: Double, maxMiB: Int)? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        let ticks = Double(sysconf(Int32(_SC_CLK_TCK)))
        let peak =
            status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }?.split(separator: " ").dropFirst()
            .first.flatMap { Int($0) } ?? 0
        return ((user + system) / ticks, peak / 1024)
    }
}

/// The console's output as it arrives, and the links in it.
final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var text = ""

    func append(_ data: Data) {
        lock.lock()
        text += String(decoding: data, as: UTF8.self)
        lock.unlock()
    }

    var current: String {
        lock.lock()
        defer { lock.unlock() }
        return text
    }

    func wait(for wanted: String) -> Bool {
        for _ in 0..<600 {
            if current.contains(wanted) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    var port: UInt16? {
        guard let range = current.range(of: #"127\.0\.0\.1:[0-9]+"#, options: .regularExpression) else { return nil }
        return UInt16(current[range].dropFirst("127.0.0.1:".count))
    }

    func token(_ page: String) -> String? {
        guard let range = current.range(of: #"[0-9a-f]{32}/"# + page, options: .regularExpression) else { return nil }
        return String(current[range].prefix(32))
    }
}

/// The phones' round trips, collected on the posting thread.
final class RoundTrips: @unchecked Sendable {
    private let lock = NSLock()
    private var times: [Double] = []
    private var refused = 0
    private var finished = false

    func add(_ seconds: Double, ok: Bool) {
        lock.lock()
        times.append(seconds * 1000)
        if !ok { refused += 1 }
        lock.unlock()
    }

    func finish() {
        lock.lock()
        finished = true
        lock.unlock()
    }

    var done: Bool { lock.withLock { finished } }
    var values: [Double] { lock.withLock { times } }
    var count: Int { lock.withLock { times.count } }
    var failed: Int { lock.withLock { refused } }
}
