package com.settle.ui.security;

import com.settle.service.Services;
import java.util.List;
import java.nio.file.Path;

/**
 * What protecting the open file left: the books reopened as its administrator, the recovery key to show
 * once, and the backups made before that are still readable by anyone who has them.
 */
public record ProtectedFile(Services services, String recoveryKey, List<Path> plainBackups) {
}
