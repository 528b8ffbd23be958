package io.verdict.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The public REST API, version 1. Its contract changes additively only: scripts and clients depend on it. */
@ApplicationPath("/api/v1")
public class ApiApplication extends Application {}
