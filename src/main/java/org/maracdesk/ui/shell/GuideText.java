package org.maracdesk.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The user guide and legal texts bundled with the application ({@code /help/*.md} from docs/guide,
 * {@code /legal/*} from the project's root), turned from Markdown into plain text a text area shows
 * well: links lose their targets, emphasis and code marks go, headings are underlined.
 */
final class GuideText {
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\([^)]*\\)");
    private static final Pattern STRONG = Pattern.compile("\\*\\*([^*]+)\\*\\*");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![*\\w])\\*([^*\\s][^*]*)\\*(?![*\\w])");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    private GuideText() {
    }

    /** A bundled resource as text; a missing one is a packaging fault, reported as such. */
    static String resource(String path) {
        try (InputStream in = GuideText.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("bundled help file missing: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Headings underlined, and the source's hard-wrapped lines joined so the text area wraps them itself. */
    static String plain(String markdown) {
        StringBuilder out = new StringBuilder();
        boolean joinable = false;
        for (String line : markdown.replace("\r\n", "\n").split("\n", -1)) {
            String text = inline(line);
            String trimmed = text.strip();
            int level = 0;
            while (level < text.length() && text.charAt(level) == '#') {
                level++;
            }
            if (level > 0 && level < text.length() && text.charAt(level) == ' ') {
                String heading = text.substring(level + 1).trim();
                out.append('\n').append(heading).append('\n')
                        .append((level == 1 ? "=" : "-").repeat(heading.length())).append('\n');
                joinable = false;
            } else if (trimmed.isEmpty()) {
                out.append('\n');
                joinable = false;
            } else if (joinable && !startsBlock(trimmed)) {
                out.setLength(out.length() - 1);
                out.append(' ').append(trimmed).append('\n');
            } else {
                out.append(text).append('\n');
                joinable = !trimmed.startsWith("|") && !trimmed.startsWith("```");
            }
        }
        return out.toString().replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }

    private static boolean startsBlock(String line) {
        return line.startsWith("- ") || line.startsWith("* ") || line.startsWith("|") || line.startsWith("```")
                || line.matches("\\d+\\. .*");
    }

    private static String inline(String line) {
        String s = LINK.matcher(line).replaceAll("$1");
        s = STRONG.matcher(s).replaceAll("$1");
        s = CODE.matcher(s).replaceAll("$1");
        return EMPHASIS.matcher(s).replaceAll("$1");
    }
}
