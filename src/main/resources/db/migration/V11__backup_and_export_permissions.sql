-- Backing up and exporting carry the company out of Settle: each is a permission of its own (issue 15).
-- Administrators and clerks may do both; read-only users may export what they can read.
INSERT INTO role_permission (role_code, permission)
    SELECT code, 'BACKUP' FROM app_role WHERE code IN ('Administrator', 'Clerk');
INSERT INTO role_permission (role_code, permission)
    SELECT code, 'EXPORT' FROM app_role WHERE code IN ('Administrator', 'Clerk', 'Viewer');
