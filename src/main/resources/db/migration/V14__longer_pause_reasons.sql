-- A complaint review's note (up to 1,000 characters) is kept as the reason an action was paused.
ALTER TABLE cvm.nba_action ALTER COLUMN change_reason SET DATA TYPE VARCHAR(1000);
