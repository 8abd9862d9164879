-- The outbox counts each recipient's mail of the last hour on every enqueue (the per-person cap) and lists a
-- person's mail for "Download my data": both read by recipient.
create index outbox_message_recipient_idx on outbox_message (recipient, created_at);
