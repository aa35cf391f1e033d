package com.settle.domain.model;

import java.util.List;

/** A user as listed in Settings &gt; Users and roles: roles sorted by code. */
public record UserRow(String username, String displayName, boolean active, List<String> roles) {
}
