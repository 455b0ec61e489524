import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Headless Chromium driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`:
/// commands in on descriptor 3, answers out on 4, each a JSON object ended by a NUL byte).
/// Enough for the room's check: open tabs, load pages, read the DOM, click, screenshot, print.
final class Browser {
    private let process = Process()
    private let commands = Pipe()
    private let answers = Pipe()
    private var nextID = 1
    private var buffer: [UInt8] = []

    /// A browser from `chromium`; nil when it does not start.
    init?(chromium: String) {
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The shell hands our pipes to Chromium as descriptors 3 and 4.
        process.arguments = [
            "-c", #"exec "$@" 3<&0 4>&1 </dev/null >/dev/null 2>/dev/null"#, "sh", chromium, "--headless=new",
            "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--remote-debugging-pipe", "--no-first-run",
            "about:blank",
        ]
        process.standardInput = commands
        process.standardOutput = answers
        do { try process.run() } catch { return nil }
    }

    deinit { close() }

    func close() {
        if process.isRunning { process.terminate() }
    }

    /// Sends `method` and waits for its answer's `result` (at most `polls` × 100 ms).
    @discardableResult
    func send(_ method: String, _ params: [String: Any] = [:], session: String? = nil, polls: Int = 300) throws
        -> [String: Any]
    {
        let id = nextID
        nextID += 1
        var message: [String: Any] = ["id": id, "method": method, "params": params]
        if let session { message["sessionId"] = session }
        commands.fileHandleForWriting.write(try JSONSerialization.data(withJSONObject: message) + Data([0]))
        var left = polls
        while left > 0 {
            if let end = buffer.firstIndex(of: 0) {
                let data = Data(buffer[..<end])
                buffer.removeFirst(end + 1)
                guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
                    object["id"] as? Int == id
                else { continue }
                if let error = object["error"] as? [String: Any] {
                    throw BrowserError(message: "\(method): \(error["message"] ?? error)")
                }
                return object["result"] as? [String: Any] ?? [:]
            }
            var entry = pollfd(fd: answers.fileHandleForReading.fileDescriptor, events: Int16(POLLIN), revents: 0)
            if poll(&entry, 1, 100) <= 0 {
                left -= 1
                continue
            }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let count = read(answers.fileHandleForReading.fileDescriptor, &chunk, chunk.count)
            if count <= 0 { throw BrowserError(message: "Chromium closed the pipe") }
            buffer += chunk[0..<count]
        }
        throw BrowserError(message: "\(method): no answer from Chromium")
    }

    /// A new tab of `width` × `height` showing `url`, loaded; its session id.
    func open(_ url: String, width: Int, height: Int) throws -> String {
        let target = try send("Target.createTarget", ["url": "about:blank"])["targetId"] as? String ?? ""
        let session =
            try send("Target.attachToTarget", ["targetId": target, "flatten": true])["sessionId"] as? String ?? ""
        try send(
            "Emulation.setDeviceMetricsOverride",
            ["width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600], session: session)
        try send("Page.enable", session: session)
        try send("Page.navigate", ["url": url], session: session)
        _ = try waitFor("document.readyState === 'complete'", in: session)
        return session
    }

    /// The value of `expression` in the tab.
    func evaluate(_ expression: String, in session: String) throws -> Any? {
        let result = try send(
            "Runtime.evaluate", ["expression": expression, "returnByValue": true, "awaitPromise": true],
            session: session)
        return (result["result"] as? [String: Any])?["value"]
    }

    /// Polls `condition` every 20 ms, at most `polls` times; how many polls it took, or nil.
    func waitFor(_ condition: String, in session: String, polls: Int = 500) throws -> Int? {
        for poll in 0..<polls {
            if try evaluate("Boolean(\(condition))", in: session) as? Bool == true { return poll }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return nil
    }

    /// A PNG of the tab.
    func screenshot(_ session: String) throws -> Data {
        Data(
            base64Encoded: try send("Page.captureScreenshot", ["format": "png"], session: session)["data"] as? String
                ?? "")
            ?? Data()
    }

    /// The tab printed to PDF, as the browser's print dialogue would.
    func pdf(_ session: String) throws -> Data {
        let result = try send(
            "Page.printToPDF", ["printBackground": true, "preferCSSPageSize": true, "displayHeaderFooter": false],
            session: session)
        return Data(base64Encoded: result["data"] as? String ?? "") ?? Data()
    }
}

/// A failure of the browser or of what it was asked.
struct BrowserError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
