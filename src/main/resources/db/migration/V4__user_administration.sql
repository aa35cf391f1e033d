-- Managing users and roles is its own permission, held by administrators.
INSERT INTO role_permission (role_code, permission) VALUES ('Administrator', 'USERS_MANAGE');
