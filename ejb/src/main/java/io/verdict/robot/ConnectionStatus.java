package io.verdict.robot;

/** Whether a robot's heartbeat is fresh. */
public enum ConnectionStatus {
    CONNECTED,
    DISCONNECTED
}
