-- Argon2id hashes ({argon2@SpringSecurity_v5_8}$argon2id$v=19$m=16384,t=2,p=1$salt$hash) are about 130 characters.
alter table user_account alter column password_hash set data type varchar(255);
