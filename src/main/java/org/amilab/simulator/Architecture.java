package org.amilab.simulator;

/** Processor architecture of an AMI or an instance type; an AMI only boots on a type of the same one. */
public enum Architecture {
    I386("i386"),
    X86_64("x86_64"),
    ARM64("arm64");

    private final String apiName;

    Architecture(String apiName) {
        this.apiName = apiName;
    }

    /** The spelling EC2 uses in its API and console. */
    public String apiName() {
        return apiName;
    }
}
