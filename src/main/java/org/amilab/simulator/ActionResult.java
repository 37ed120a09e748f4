package org.amilab.simulator;

import java.util.function.Function;

/**
 * What an action returns: either what changed, or the error EC2 would return. Expected refusals
 * are values, not exceptions, because refusals are part of what the learner is here to see.
 */
public sealed interface ActionResult<T> permits ActionResult.Success, ActionResult.Failure {

    static <T> ActionResult<T> success(T value) {
        return new Success<>(value);
    }

    static <T> ActionResult<T> failure(Ec2Error error) {
        return new Failure<>(error);
    }

    boolean isSuccess();

    /** What changed; asking a failure for it is a programming error. */
    T value();

    /** Why it was refused; asking a success for it is a programming error. */
    Ec2Error error();

    <U> ActionResult<U> map(Function<T, U> mapping);

    <U> ActionResult<U> flatMap(Function<T, ActionResult<U>> next);

    record Success<T>(T value) implements ActionResult<T> {

        public Success {
            Require.present(value, "value");
        }

        @Override
        public boolean isSuccess() {
            return true;
        }

        @Override
        public Ec2Error error() {
            throw new IllegalStateException("the action succeeded");
        }

        @Override
        public <U> ActionResult<U> map(Function<T, U> mapping) {
            return new Success<>(mapping.apply(value));
        }

        @Override
        public <U> ActionResult<U> flatMap(Function<T, ActionResult<U>> next) {
            return next.apply(value);
        }
    }

    record Failure<T>(Ec2Error error) implements ActionResult<T> {

        public Failure {
            Require.present(error, "error");
        }

        @Override
        public boolean isSuccess() {
            return false;
        }

        @Override
        public T value() {
            throw new IllegalStateException("refused with " + error.code() + ": " + error.message());
        }

        @Override
        public <U> ActionResult<U> map(Function<T, U> mapping) {
            return new Failure<>(error);
        }

        @Override
        public <U> ActionResult<U> flatMap(Function<T, ActionResult<U>> next) {
            return new Failure<>(error);
        }
    }
}
