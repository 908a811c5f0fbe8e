"""Running the site: file storage that forgets rolled-back uploads (local or S3), backup,
restore and the inventory that checks a restore."""
