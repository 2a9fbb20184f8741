package org.hallway.testing;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A real split of the data grid on loopback: nftables drops every TCP packet to or from the grid's
 * ports (both directions of every member connection), while HTTP, WebSockets and PostgreSQL pass.
 * Needs root (CAP_NET_ADMIN) and Debian's {@code nftables}; {@link #possible} says whether this
 * machine can. Closing it heals the grid (the table goes).
 */
public final class GridPartition implements AutoCloseable {

    private final String table;

    private GridPartition(String table) {
        this.table = table;
    }

    /** Whether {@code nft} runs here with the rights to change the rules. */
    public static boolean possible() {
        try {
            return run(List.of("nft", "list", "tables")) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Drops the grid's traffic between the members listening on {@code ports} from now on. */
    public static GridPartition of(List<Integer> ports) throws IOException {
        String table = "hallway_split_" + ports.get(0);
        String set = ports.stream().map(String::valueOf).collect(Collectors.joining(", ", "{ ", " }"));
        String rules = "table inet " + table + " {\n"
                + "  chain out {\n"
                + "    type filter hook output priority 0; policy accept;\n"
                + "    tcp dport " + set + " drop\n"
                + "    tcp sport " + set + " drop\n"
                + "  }\n"
                + "}\n";
        var file = java.nio.file.Files.createTempFile("hallway-split", ".nft");
        java.nio.file.Files.writeString(file, rules);
        if (run(List.of("nft", "-f", file.toString())) != 0) {
            throw new IOException("nft refused the rules:\n" + rules);
        }
        return new GridPartition(table);
    }

    @Override
    public void close() throws IOException {
        run(List.of("nft", "delete", "table", "inet", table));
    }

    private static int run(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
