package org.amilab.workshop;

import java.util.Map;

/** Why a workshop form or a join was refused, by field for a form, so the page can say it where it belongs. */
public class WorkshopProblem extends RuntimeException {

    private final transient Map<WorkshopForm.Field, String> byField;

    WorkshopProblem(Map<WorkshopForm.Field, String> byField) {
        super(String.join(" ", byField.values()));
        this.byField = Map.copyOf(byField);
    }

    WorkshopProblem(String message) {
        super(message);
        this.byField = Map.of();
    }

    public Map<WorkshopForm.Field, String> byField() {
        return byField;
    }
}
