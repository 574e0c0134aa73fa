package org.maracdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The views are an enum: every constant has its FXML file and every FXML file has its constant. */
class FxmlTest {
    private static final Path FXML_DIR = Path.of("src/main/resources/fxml");

    @Test
    void everyConstantHasItsFxmlFileOnTheClassPath() {
        for (Fxml view : Fxml.values()) {
            assertNotNull(Fxml.class.getResource(view.resource()), view + " has no " + view.resource());
        }
    }

    @Test
    void everyFxmlFileHasAConstant() throws IOException {
        Set<String> files;
        try (Stream<Path> list = Files.list(FXML_DIR)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".fxml"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> constants = Arrays.stream(Fxml.values()).map(Fxml::fileName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(files, constants);
    }
}
