-- 家访日 (五(一)3): home-visit days are scheduled like open days, with slots families book.
ALTER TABLE open_day DROP CONSTRAINT ck_open_day_kind;
ALTER TABLE open_day ADD CONSTRAINT ck_open_day_kind CHECK (kind IN ('OPEN_DAY', 'RECEPTION_DAY', 'HOME_VISIT_DAY'));
