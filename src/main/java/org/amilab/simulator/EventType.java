package org.amilab.simulator;

/** What an event in the playground log records. */
public enum EventType {
    LAUNCH,
    START,
    STOP,
    REBOOT,
    TERMINATE,
    MODIFY_INSTANCE_TYPE,
    SET_PROTECTION,
    CREATE_IMAGE,
    BUNDLE_INSTANCE,
    COPY_IMAGE,
    DEREGISTER_IMAGE,
    /** EC2 Image Builder: a new image recipe version. */
    CREATE_IMAGE_RECIPE,
    /** EC2 Image Builder: a build component of the learner's own. */
    CREATE_COMPONENT,
    /** EC2 Image Builder: a new pipeline, with its infrastructure and distribution settings. */
    CREATE_IMAGE_PIPELINE,
    UPDATE_IMAGE_PIPELINE,
    /** EC2 Image Builder: a pipeline run the learner asked for. */
    START_IMAGE_PIPELINE_EXECUTION,
    /** VM Import/Export: a virtual machine's disk becomes an AMI. */
    IMPORT_IMAGE,
    MODIFY_LAUNCH_PERMISSION,
    /** EnableImageBlockPublicAccess and DisableImageBlockPublicAccess. */
    SET_IMAGE_BLOCK_PUBLIC_ACCESS,
    DELETE_SNAPSHOT,
    DELETE_BUNDLE,
    DELETE_VOLUME,
    /** A line typed into an instance's shell (EC2 Instance Connect, then bash or PowerShell). */
    RUN_SHELL_COMMAND,
    /** A learning control: the hardware under a running instance fails (its status checks fail). */
    FAIL_HOST,
    ADVANCE_CLOCK,
    SET_SPEED,
    PAUSE,
    RESUME,
    /** A change nobody asked for at that moment: pending became running, a volume was deleted at termination. */
    STATE_CHANGE
}
