-- The page in Leichte Sprache is written by the operator like the legal pages (German only).
alter table site_page drop constraint site_page_page_check;
alter table site_page add constraint site_page_page_check
    check (page in ('IMPRINT', 'PRIVACY', 'ACCESSIBILITY', 'EASY_LANGUAGE'));
