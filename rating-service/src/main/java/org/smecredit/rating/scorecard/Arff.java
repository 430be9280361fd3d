package org.smecredit.rating.scorecard;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the Polish bankruptcy ARFF files (Weka text format): numeric attributes {@code Attr1..AttrN}, then a
 * class attribute {0,1}; {@code ?} is missing (read as NaN); CRLF and LF line endings both occur.
 */
public final class Arff {

    /** @param names attribute names in file order (class excluded); rows[i] holds one value per name */
    public record Data(List<String> names, List<double[]> rows, int[] labels) {
        public int size() {
            return rows.size();
        }

        public int column(String name) {
            int i = names.indexOf(name);
            if (i < 0) {
                throw new IllegalArgumentException("no attribute " + name + " in the file");
            }
            return i;
        }
    }

    private Arff() {
    }

    public static Data read(Path file) throws IOException {
        List<String> names = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        boolean data = false;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                line = line.strip();
                if (line.isEmpty() || line.startsWith("%")) {
                    continue;
                }
                if (!data) {
                    String lower = line.toLowerCase(Locale.ROOT);
                    if (lower.startsWith("@attribute")) {
                        String name = line.split("\\s+")[1];
                        if (!name.equalsIgnoreCase("class")) {
                            names.add(name);
                        }
                    } else if (lower.startsWith("@data")) {
                        data = true;
                    }
                    continue;
                }
                String[] cells = line.split(",");
                if (cells.length != names.size() + 1) {
                    throw new IOException(file + ":" + lineNo + ": expected " + (names.size() + 1) + " cells, got "
                            + cells.length);
                }
                double[] row = new double[names.size()];
                for (int i = 0; i < row.length; i++) {
                    String c = cells[i].strip();
                    row[i] = c.equals("?") ? Double.NaN : Double.parseDouble(c);
                }
                String label = cells[names.size()].strip();
                if (!label.equals("0") && !label.equals("1")) {
                    throw new IOException(file + ":" + lineNo + ": class must be 0 or 1, got " + label);
                }
                rows.add(row);
                labels.add(Integer.parseInt(label));
            }
        }
        return new Data(List.copyOf(names), rows, labels.stream().mapToInt(Integer::intValue).toArray());
    }
}
