package com.settle.domain.model;

import java.util.List;

/** A role and the permission codes it grants, sorted. */
public record RoleRow(String code, String name, List<String> permissions) {
}
