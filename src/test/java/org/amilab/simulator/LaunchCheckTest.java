package org.amilab.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LaunchCheckTest {

    @Test
    void reportsTheSameErrorALaunchWouldWithoutAPlayground() {
        Ami store = TestCatalog.AMIS.stream().filter(a -> a.rootDeviceType() == RootDeviceType.INSTANCE_STORE)
                .findFirst().orElseThrow();
        String type = TestCatalog.catalog().typesFor(store).get(0).name();
        var tooBig = LaunchRequest.of(store.region(), store.id(), type).withRootVolumeSize(11);
        assertThat(LaunchCheck.problem(TestCatalog.catalog(), store, tooBig))
                .hasValueSatisfying(error -> assertThat(error.message()).contains("10"));
        assertThat(LaunchCheck.problem(TestCatalog.catalog(), store, tooBig.withRootVolumeSize(8))).isEmpty();
    }

    @Test
    void onlyCompatibleTypesAreOfferedForAnImage() {
        for (Ami ami : TestCatalog.AMIS) {
            for (InstanceType type : TestCatalog.catalog().typesFor(ami)) {
                assertThat(type.architecture()).isEqualTo(ami.architecture());
                assertThat(type.supports(ami.rootDeviceType())).isTrue();
                assertThat(type.supports(ami.virtualizationType())).isTrue();
            }
        }
    }
}
