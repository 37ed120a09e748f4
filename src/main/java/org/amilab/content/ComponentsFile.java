package org.amilab.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amilab.simulator.BuilderComponent;
import org.amilab.simulator.ComponentCatalog;
import org.amilab.simulator.Platform;
import org.amilab.simulator.SemanticVersion;
import org.jspecify.annotations.Nullable;

/**
 * content/image-builder/components.yml: the EC2 Image Builder components AMI Lab ships. Each entry
 * becomes a {@link BuilderComponent}, which checks its own rules; a refusal names the file and the
 * line of the component it is about.
 */
final class ComponentsFile {

    static final String FILE = "image-builder/components.yml";

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** A component as the file writes it: the version as text, which is checked here. */
    record Entry(@Nullable String name, @Nullable String version, BuilderComponent.@Nullable Phase phase,
                 @Nullable Platform platform, @Nullable String description, @Nullable List<String> steps) {
    }

    record Document(@Nullable List<Entry> components) {
    }

    private ComponentsFile() {
    }

    static Optional<ComponentCatalog> load(ContentFiles files, List<ContentProblem> problems) {
        Optional<String> text = files.read(FILE);
        if (text.isEmpty()) {
            problems.add(new ContentProblem(FILE, 1, "file not found: the Image Builder page needs it"));
            return Optional.empty();
        }
        Document document;
        try {
            document = YAML.readValue(text.get(), Document.class);
        } catch (JsonMappingException wrong) {
            problems.add(new ContentProblem(FILE, wrong.getLocation() == null ? 1 : wrong.getLocation().getLineNr(),
                    "does not match the format of content/image-builder/README.md: " + wrong.getOriginalMessage()));
            return Optional.empty();
        } catch (JsonProcessingException broken) {
            problems.add(new ContentProblem(FILE, broken.getLocation() == null ? 1 : broken.getLocation().getLineNr(),
                    "not valid YAML: " + broken.getOriginalMessage()));
            return Optional.empty();
        }
        List<Entry> entries = document.components() == null ? List.of() : document.components();
        int before = problems.size();
        List<BuilderComponent> components = new ArrayList<>();
        java.util.Set<String> references = new java.util.HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            int line = lineOfEntry(text.get(), i);
            try {
                BuilderComponent component = new BuilderComponent(entry.name(), SemanticVersion.of(entry.version()),
                        entry.phase(), entry.platform(), entry.description(), entry.steps());
                if (!references.add(component.reference())) {
                    problems.add(new ContentProblem(FILE, line, component.reference() + " is listed twice: a published "
                            + "version never changes, so give the changed component a new version"));
                }
                components.add(component);
            } catch (IllegalArgumentException | NullPointerException refused) {
                problems.add(new ContentProblem(FILE, line, "component " + (i + 1) + ": " + refused.getMessage()));
            }
        }
        return problems.size() > before ? Optional.empty() : Optional.of(new ComponentCatalog(components));
    }

    /** The line where the {@code index}-th entry of the list starts ("  - name: ..."). */
    private static int lineOfEntry(String text, int index) {
        String[] lines = text.split("\n", -1);
        int seen = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("  - ")) {
                seen++;
                if (seen == index) {
                    return i + 1;
                }
            }
        }
        return 1;
    }
}
