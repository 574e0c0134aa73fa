package org.maracdesk.testdata;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real TCP hop between the application and the test cluster, which a test can cut and mend: {@link #cut()} drops
 * every open connection and refuses new ones (as a pulled cable or a dead switch does), {@link #mend()} lets them
 * through again. The bytes pass unchanged; nothing is simulated above TCP.
 */
public final class NetworkCable implements AutoCloseable {
    private final InetSocketAddress server;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final int port;
    private volatile ServerSocket listening;
    private volatile boolean closed;

    /** A cable to {@code host:port}, listening on a free local port. */
    public NetworkCable(String host, int port) throws IOException {
        this.server = new InetSocketAddress(host, port);
        ServerSocket first = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.port = first.getLocalPort();
        listen(first);
    }

    /** The local port the application connects to instead of the server's. */
    public int port() {
        return port;
    }

    /** Drops every connection through the cable and refuses new ones until {@link #mend()}. */
    public synchronized void cut() {
        closeQuietly(listening);
        listening = null;
        for (Socket s : open) {
            closeQuietly(s);
        }
        open.clear();
    }

    /** Accepts connections again, on the same port. */
    public synchronized void mend() throws IOException {
        if (listening == null && !closed) {
            ServerSocket again = new ServerSocket();
            again.setReuseAddress(true);
            again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            listen(again);
        }
    }

    private void listen(ServerSocket socket) {
        listening = socket;
        Thread t = new Thread(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    Socket upstream = new Socket();
                    upstream.connect(server, 5_000);
                    open.add(client);
                    open.add(upstream);
                    pump(client, upstream);
                    pump(upstream, client);
                } catch (IOException e) {
                    // the cable was cut: accept() ends
                }
            }
        }, "network-cable-accept");
        t.setDaemon(true);
        t.start();
    }

    private void pump(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0;) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // either side closed or the cable was cut
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "network-cable-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(java.io.Closeable c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        cut();
    }
}
