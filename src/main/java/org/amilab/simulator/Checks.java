package org.amilab.simulator;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Runs rule checks in order and stops at the first refusal, as EC2 reports one error per request. */
final class Checks {

    private Checks() {
    }

    @SafeVarargs
    static Optional<Ec2Error> first(Supplier<Optional<Ec2Error>>... checks) {
        return Stream.of(checks).map(Supplier::get).flatMap(Optional::stream).findFirst();
    }

    static Optional<Ec2Error> refuseIf(boolean condition, Supplier<Ec2Error> error) {
        return condition ? Optional.of(error.get()) : Optional.empty();
    }
}
