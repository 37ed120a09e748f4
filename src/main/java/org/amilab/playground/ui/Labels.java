package org.amilab.playground.ui;

import org.amilab.simulator.AmiSource;
import org.amilab.simulator.Architecture;
import org.amilab.simulator.CostCategory;
import org.amilab.simulator.InstanceState;
import org.amilab.simulator.Platform;
import org.amilab.simulator.Protection;
import org.amilab.simulator.RootDeviceType;
import org.amilab.simulator.VirtualizationType;

/** The words the playground shows for the simulator's values, the same everywhere. */
final class Labels {

    private Labels() {
    }

    static String of(AmiSource source) {
        return switch (source) {
            case QUICK_START -> "Quick Start";
            case MY_AMIS -> "My AMIs";
            case MARKETPLACE -> "AWS Marketplace";
            case COMMUNITY -> "Community AMIs";
        };
    }

    static String of(RootDeviceType type) {
        return type == RootDeviceType.EBS ? "EBS-backed" : "Instance store-backed";
    }

    static String of(VirtualizationType type) {
        return type == VirtualizationType.HVM ? "HVM" : "Paravirtual";
    }

    static String of(Architecture architecture) {
        return architecture.apiName();
    }

    static String of(Platform platform) {
        return platform == Platform.LINUX ? "Linux" : "Windows";
    }

    static String of(InstanceState state) {
        return state.apiName() + " (" + state.code() + ")";
    }

    static String of(Protection protection) {
        return switch (protection) {
            case TERMINATION -> "Termination protection";
            case STOP -> "Stop protection";
        };
    }

    static String of(CostCategory category) {
        return switch (category) {
            case COMPUTE -> "Instance usage";
            case EBS -> "EBS volumes";
            case AMI_STORAGE -> "AMI storage";
            case SOFTWARE -> "Marketplace software";
        };
    }
}
