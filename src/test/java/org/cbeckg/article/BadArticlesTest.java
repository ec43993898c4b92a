package org.cbeckg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Crafted bad files ({@code src/test/resources/bad-articles/}, listed with their expected outcome in
 * {@code expected.tsv}): each is refused with one line naming the file and what is wrong, or read with a warning
 * saying what was not as written, or read as it is. Never an unexpected exception, never a silent loss.
 */
class BadArticlesTest {

    static final Path FOLDER = Path.of("src/test/resources/bad-articles");

    static Stream<Arguments> cases() throws IOException {
        return Files.readAllLines(FOLDER.resolve("expected.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t", -1))
                .map(f -> Arguments.of(f[0], f[1], f.length > 2 ? f[2] : ""));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void eachBadFileHasItsOutcome(String file, String outcome, String says) {
        Path path = FOLDER.resolve(file);
        switch (outcome) {
            case "rejected" -> {
                ArticleFormatException e = assertThrows(ArticleFormatException.class, () -> ArticleReader.read(path));
                assertOneLineNaming(file, e.getMessage());
                assertTrue(e.getMessage().contains(says), e.getMessage());
            }
            case "warned" -> {
                Article a = ArticleReader.read(path);
                assertTrue(a.warnings().stream().anyMatch(w -> w.contains(says)), a.warnings().toString());
                a.warnings().forEach(w -> assertFalse(w.contains("\n"), w));
                assertNoControlCharacters(a);
            }
            case "ok" -> assertNoControlCharacters(ArticleReader.read(path));
            default -> fail("unknown outcome " + outcome + " for " + file);
        }
    }

    @Test
    void everyFixtureIsListed() throws IOException {
        List<String> listed = cases().map(a -> (String) a.get()[0]).sorted().toList();
        try (Stream<Path> files = Files.list(FOLDER)) {
            assertEquals(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted()
                    .toList(), listed);
        }
    }

    @Test
    void aWrongWeekdayKeepsTheDate() {
        Article a = ArticleReader.read(FOLDER.resolve("b08-wrong-weekday.txt"));
        assertEquals("2022-04-21", a.publishedDate().orElseThrow().toString());
    }

    @Test
    void controlCharactersLeaveNoGapBetweenTextAndOffsets() {
        Article a = ArticleReader.read(FOLDER.resolve("b11-nul-and-controls-in-body.txt"));
        int at = a.text().indexOf("海外仓数量已超2000个。");
        assertTrue(at >= 0, a.text().substring(a.text().length() - 40));
        Span s = a.body().spanOfChars(at, at + "海外仓数量已超2000个。".length());
        assertEquals("海外仓数量已超2000个。", a.body().slice(s.start(), s.end()));
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedUnreadNamingItsSize(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.txt");
        Files.write(big, new byte[(int) ArticleReader.DEFAULT_MAX_BYTES + 1]);
        ArticleFormatException e = assertThrows(ArticleFormatException.class, () -> ArticleReader.read(big));
        assertOneLineNaming("big.txt", e.getMessage());
        assertTrue(e.getMessage().contains("too large: 5,242,881 bytes, over the limit of 5,242,880"), e.getMessage());
        Path seedCopy = dir.resolve("seed.txt");
        Files.copy(Path.of("seeds/000_b9f07a632cdddd63.txt"), seedCopy);
        assertThrows(ArticleFormatException.class, () -> ArticleReader.read(seedCopy, 1024));
    }

    static void assertOneLineNaming(String file, String message) {
        assertTrue(message.startsWith(file + ": "), message);
        assertFalse(message.contains("\n") || message.contains("\r"), message);
    }

    static void assertNoControlCharacters(Article a) {
        String all = a.text() + a.title() + a.author() + String.join("", a.categories());
        for (int i = 0; i < all.length(); i++) {
            char c = all.charAt(i);
            assertFalse(ControlCharacters.isControl(c) || c == '\r', "control character U+"
                    + Integer.toHexString(c) + " kept in " + a.fileName());
        }
    }
}
