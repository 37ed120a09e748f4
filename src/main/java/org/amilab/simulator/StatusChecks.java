package org.amilab.simulator;

/**
 * EC2's status checks of a running instance: the system check watches the AWS hardware and network
 * under it, the instance check whether its own operating system answers. The console sums them up
 * as "2/2 checks passed".
 */
public record StatusChecks(CheckStatus system, CheckStatus instance) {

    /** The two statuses DescribeInstanceStatus reports: ok, impaired, initializing. */
    public enum CheckStatus {
        OK("ok"),
        IMPAIRED("impaired"),
        INITIALIZING("initializing");

        private final String apiName;

        CheckStatus(String apiName) {
            this.apiName = apiName;
        }

        public String apiName() {
            return apiName;
        }
    }

    public static final StatusChecks PASSED = new StatusChecks(CheckStatus.OK, CheckStatus.OK);
    public static final StatusChecks INITIALIZING = new StatusChecks(CheckStatus.INITIALIZING, CheckStatus.INITIALIZING);
    /** The host failed: AWS sees its hardware broken, and nothing can reach the operating system on it. */
    public static final StatusChecks HOST_FAILED = new StatusChecks(CheckStatus.IMPAIRED, CheckStatus.IMPAIRED);

    public StatusChecks {
        Require.present(system, "system");
        Require.present(instance, "instance");
    }

    public int passed() {
        return (system == CheckStatus.OK ? 1 : 0) + (instance == CheckStatus.OK ? 1 : 0);
    }

    public boolean failed() {
        return system == CheckStatus.IMPAIRED || instance == CheckStatus.IMPAIRED;
    }

    /** As the console's status check column says it. */
    public String summary() {
        if (failed()) {
            return passed() + "/2 checks passed";
        }
        return system == CheckStatus.INITIALIZING ? "Initializing" : "2/2 checks passed";
    }
}
