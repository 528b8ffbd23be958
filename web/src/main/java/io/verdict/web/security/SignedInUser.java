package io.verdict.web.security;

import java.io.Serializable;
import java.util.Set;

/** Who signed in to the console, kept in the HTTP session so that later requests need no password. */
record SignedInUser(String name, Set<String> roles) implements Serializable {}
