package org.amilab.simulator;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The EC2 Image Builder components AMI Lab ships, every version of each, as content/image-builder/components.yml has them. */
public final class ComponentCatalog {

    private final List<BuilderComponent> components;

    public ComponentCatalog(List<BuilderComponent> components) {
        this.components = List.copyOf(components);
        Set<String> seen = new HashSet<>();
        for (BuilderComponent component : this.components) {
            Require.that(seen.add(component.reference()), component.name() + " " + component.version()
                    + " is listed twice: a component version never changes, so give the change a new version");
        }
    }

    /** These components and the learner's own, which never share a name and version with them. */
    public ComponentCatalog with(java.util.Collection<BuilderComponent> own) {
        if (own.isEmpty()) {
            return this;
        }
        List<BuilderComponent> all = new java.util.ArrayList<>(components);
        all.addAll(own);
        return new ComponentCatalog(all);
    }

    public boolean contains(String name, SemanticVersion version) {
        return find(name, version).isPresent();
    }

    public List<BuilderComponent> components() {
        return components;
    }

    public Optional<BuilderComponent> find(String name, SemanticVersion version) {
        return components.stream().filter(c -> c.name().equals(name) && c.version().equals(version)).findFirst();
    }

    /** The newest version of the component called {@code name}. */
    public Optional<BuilderComponent> latest(String name) {
        return components.stream().filter(c -> c.name().equals(name))
                .max(Comparator.comparing(BuilderComponent::version));
    }
}
