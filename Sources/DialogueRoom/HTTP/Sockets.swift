#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why the room's server could not start.
public struct SocketError: Error, CustomStringConvertible, Sendable {
    /// What failed, in words.
    public var description: String
}

/// The POSIX calls the server makes, the same on Glibc and Darwin: a listening socket on an
/// IPv4 address, non-blocking descriptors, reads and writes that never raise SIGPIPE.
enum Sockets {
    /// A listening, non-blocking TCP socket on `address` and `port` (0: any free port), and
    /// the port it got.
    static func listen(on address: in_addr, port: UInt16, backlog: Int32 = 128) throws -> (
        descriptor: Int32, port: UInt16
    ) {
        #if canImport(Glibc)
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw SocketError(description: "cannot open a socket: \(errorText())") }
        var yes: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var socketAddress = sockaddr_in()
        #if canImport(Darwin)
            socketAddress.sin_len = UInt8(MemoryLayout<sockaddr_in>.size)
        #endif
        socketAddress.sin_family = sa_family_t(AF_INET)
        socketAddress.sin_port = port.bigEndian
        socketAddress.sin_addr = address
        let bound = withUnsafePointer(to: &socketAddress) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0 else {
            let text = errorText()
            close(descriptor)
            throw SocketError(description: "cannot listen on \(Self.text(address)):\(port): \(text)")
        }
        guard systemListen(descriptor, backlog) == 0 else {
            let text = errorText()
            close(descriptor)
            throw SocketError(description: "cannot listen: \(text)")
        }
        setNonBlocking(descriptor)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        var actual = sockaddr_in()
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        return (descriptor, UInt16(bigEndian: actual.sin_port))
    }

    /// Accepts a waiting connection, non-blocking; nil when none waits.
    static func accept(_ listener: Int32) -> Int32? {
        #if canImport(Glibc)
            let descriptor = Glibc.accept(listener, nil, nil)
        #else
            let descriptor = Darwin.accept(listener, nil, nil)
        #endif
        guard descriptor >= 0 else { return nil }
        setNonBlocking(descriptor)
        #if canImport(Darwin)
            var yes: Int32 = 1
            setsockopt(descriptor, SOL_SOCKET, SO_NOSIGPIPE, &yes, socklen_t(MemoryLayout<Int32>.size))
        #endif
        return descriptor
    }

    static func setNonBlocking(_ descriptor: Int32) {
        let flags = fcntl(descriptor, F_GETFL, 0)
        _ = fcntl(descriptor, F_SETFL, flags | O_NONBLOCK)
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
    }

    /// What a read gave: bytes, nothing yet, or the end (closed or failed).
    enum Read { case bytes([UInt8]), wouldBlock, closed }

    static func read(_ descriptor: Int32, max: Int = 16384) -> Read {
        var buffer = [UInt8](repeating: 0, count: max)
        let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        if count > 0 { return .bytes(Array(buffer[0..<count])) }
        if count < 0, errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR { return .wouldBlock }
        return .closed
    }

    /// Writes what it can of `bytes`; how many went, or nil when the connection is gone.
    static func write(_ descriptor: Int32, _ bytes: ArraySlice<UInt8>) -> Int? {
        #if canImport(Glibc)
            let flags = Int32(MSG_NOSIGNAL)
        #else
            let flags: Int32 = 0
        #endif
        let count = bytes.withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, flags) }
        if count >= 0 { return count }
        if errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR { return 0 }
        return nil
    }

    static func errorText() -> String { String(cString: strerror(errno)) }

    /// `address` as dotted text.
    static func text(_ address: in_addr) -> String {
        var copy = address
        var buffer = [CChar](repeating: 0, count: Int(INET_ADDRSTRLEN))
        _ = inet_ntop(AF_INET, &copy, &buffer, socklen_t(buffer.count))
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The IPv4 address `text` names: a dotted address, `localhost`, or a network interface
    /// such as `eth0`; nil when it names none.
    static func address(_ text: String) -> in_addr? {
        if text == "localhost" { return address("127.0.0.1") }
        var parsed = in_addr()
        if inet_pton(AF_INET, text, &parsed) == 1 { return parsed }
        return interfaces().first { $0.name == text }?.address
    }

    /// The machine's IPv4 interfaces, loopback included.
    static func interfaces() -> [(name: String, address: in_addr)] {
        var first: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&first) == 0 else { return [] }
        defer { freeifaddrs(first) }
        var found: [(String, in_addr)] = []
        var cursor = first
        while let entry = cursor {
            if let socketAddress = entry.pointee.ifa_addr, socketAddress.pointee.sa_family == sa_family_t(AF_INET) {
                let address = socketAddress.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_addr }
                found.append((String(cString: entry.pointee.ifa_name), address))
            }
            cursor = entry.pointee.ifa_next
        }
        return found
    }

    /// Whether `address` is 0.0.0.0 (every interface).
    static func isAny(_ address: in_addr) -> Bool { address.s_addr == 0 }

    /// Whether `address` is in 127.0.0.0/8.
    static func isLoopback(_ address: in_addr) -> Bool { UInt32(bigEndian: address.s_addr) >> 24 == 127 }
}

/// `listen(2)`, named apart from the wrapper above.
private func systemListen(_ descriptor: Int32, _ backlog: Int32) -> Int32 {
    #if canImport(Glibc)
        return Glibc.listen(descriptor, backlog)
    #else
        return Darwin.listen(descriptor, backlog)
    #endif
}
