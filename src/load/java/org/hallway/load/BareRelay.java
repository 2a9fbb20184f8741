package org.hallway.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Iterator;
import java.util.Locale;

/**
 * The baseline: the smallest WebSocket relay (RFC 6455 on JDK NIO, one thread). Sockets are paired
 * in arrival order and every data frame is passed to the partner as it came (unmasked, no parsing
 * of the text). Run as its own process: {@code java -cp ... org.hallway.load.BareRelay <port>}.
 * Binds to localhost only.
 */
public final class BareRelay {

    private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    private static final int MAX_FRAME = 1 << 20;

    private final Selector selector;
    private final ServerSocketChannel server;
    private Connection waiting;

    /** One client connection: handshake, then frames. */
    private final class Connection {
        final SocketChannel channel;
        final SelectionKey key;
        ByteBuffer in = ByteBuffer.allocate(4096);
        final ArrayDeque<ByteBuffer> out = new ArrayDeque<>();
        boolean upgraded;
        Connection partner;

        Connection(SocketChannel channel) throws IOException {
            this.channel = channel;
            this.key = channel.register(selector, SelectionKey.OP_READ, this);
        }
    }

    private BareRelay(int port) throws IOException {
        selector = Selector.open();
        server = ServerSocketChannel.open();
        server.bind(new InetSocketAddress("127.0.0.1", port), 4096);
        server.configureBlocking(false);
        server.register(selector, SelectionKey.OP_ACCEPT);
    }

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        new BareRelay(port).run();
    }

    private void run() throws IOException {
        while (true) {
            selector.select();
            Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
            while (keys.hasNext()) {
                SelectionKey key = keys.next();
                keys.remove();
                try {
                    if (!key.isValid()) {
                        continue;
                    }
                    if (key.isAcceptable()) {
                        SocketChannel channel = server.accept();
                        if (channel != null) {
                            channel.configureBlocking(false);
                            channel.socket().setTcpNoDelay(true);
                            new Connection(channel);
                        }
                        continue;
                    }
                    Connection c = (Connection) key.attachment();
                    if (key.isWritable()) {
                        flush(c);
                    }
                    if (key.isValid() && key.isReadable()) {
                        read(c);
                    }
                } catch (IOException | RuntimeException e) {
                    if (key.attachment() instanceof Connection c) {
                        drop(c);
                    }
                }
            }
        }
    }

    private void read(Connection c) throws IOException {
        if (!c.in.hasRemaining()) {
            ByteBuffer bigger = ByteBuffer.allocate(c.in.capacity() * 2);
            c.in.flip();
            bigger.put(c.in);
            c.in = bigger;
        }
        int n = c.channel.read(c.in);
        if (n < 0) {
            drop(c);
            return;
        }
        c.in.flip();
        if (!c.upgraded) {
            handshake(c);
        }
        if (c.upgraded) {
            frames(c);
        }
        c.in.compact();
        if (c.in.capacity() > MAX_FRAME + 16) {
            drop(c);
        }
    }

    private void handshake(Connection c) throws IOException {
        String text = StandardCharsets.ISO_8859_1.decode(c.in.duplicate()).toString();
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return;
        }
        String key = null;
        for (String line : text.substring(0, end).split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("sec-websocket-key")) {
                key = line.substring(colon + 1).trim();
            }
        }
        c.in.position(c.in.position() + end + 4);
        if (key == null) {
            drop(c);
            return;
        }
        String accept;
        try {
            accept = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1")
                    .digest((key + GUID).getBytes(StandardCharsets.ISO_8859_1)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        send(c, ByteBuffer.wrap(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Accept: " + accept + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1)));
        c.upgraded = true;
        if (waiting != null && waiting.channel.isOpen()) {
            waiting.partner = c;
            c.partner = waiting;
            waiting = null;
        } else {
            waiting = c;
        }
    }

    /** Handles every complete frame in the buffer; leaves a partial one for the next read. */
    private void frames(Connection c) throws IOException {
        ByteBuffer in = c.in;
        while (in.remaining() >= 2) {
            int start = in.position();
            int b0 = in.get(start) & 0xFF;
            int b1 = in.get(start + 1) & 0xFF;
            int opcode = b0 & 0x0F;
            boolean masked = (b1 & 0x80) != 0;
            long length = b1 & 0x7F;
            int header = 2;
            if (length == 126) {
                if (in.remaining() < 4) {
                    return;
                }
                length = in.getShort(start + 2) & 0xFFFF;
                header = 4;
            } else if (length == 127) {
                if (in.remaining() < 10) {
                    return;
                }
                length = in.getLong(start + 2);
                header = 10;
            }
            if (length > MAX_FRAME || length < 0) {
                drop(c);
                return;
            }
            int maskAt = start + header;
            if (masked) {
                header += 4;
            }
            if (in.remaining() < header + length) {
                return;
            }
            byte[] payload = new byte[(int) length];
            int payloadAt = start + header;
            for (int i = 0; i < payload.length; i++) {
                byte b = in.get(payloadAt + i);
                payload[i] = masked ? (byte) (b ^ in.get(maskAt + (i & 3))) : b;
            }
            in.position(payloadAt + (int) length);
            switch (opcode) {
                case 0x8 -> {
                    send(c, frame(0x88, payload.length >= 2 ? new byte[] {payload[0], payload[1]} : new byte[0]));
                    closeAfterFlush(c);
                    return;
                }
                case 0x9 -> send(c, frame(0x8A, payload));
                case 0xA -> { }
                default -> {
                    if (c.partner != null && c.partner.channel.isOpen()) {
                        send(c.partner, frame(b0, payload));
                    }
                }
            }
        }
    }

    private static ByteBuffer frame(int b0, byte[] payload) {
        int n = payload.length;
        ByteBuffer f = ByteBuffer.allocate(n + 10);
        f.put((byte) b0);
        if (n < 126) {
            f.put((byte) n);
        } else if (n < 65536) {
            f.put((byte) 126).putShort((short) n);
        } else {
            f.put((byte) 127).putLong(n);
        }
        f.put(payload).flip();
        return f;
    }

    private void send(Connection c, ByteBuffer data) throws IOException {
        if (c.out.isEmpty()) {
            c.channel.write(data);
            if (!data.hasRemaining()) {
                return;
            }
        }
        c.out.addLast(data);
        c.key.interestOps(c.key.interestOps() | SelectionKey.OP_WRITE);
    }

    private void flush(Connection c) throws IOException {
        while (!c.out.isEmpty()) {
            ByteBuffer head = c.out.peekFirst();
            c.channel.write(head);
            if (head.hasRemaining()) {
                return;
            }
            c.out.pollFirst();
        }
        c.key.interestOps(SelectionKey.OP_READ);
    }

    private void closeAfterFlush(Connection c) throws IOException {
        flush(c);
        drop(c);
    }

    private void drop(Connection c) {
        if (waiting == c) {
            waiting = null;
        }
        if (c.partner != null) {
            c.partner.partner = null;
            c.partner = null;
        }
        c.key.cancel();
        try {
            c.channel.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
