-- API tokens expire: the owner chooses the end of validity when creating one (none only where the operator
-- allows it). Tokens made before get 90 days from now, the default validity, so no automation stops at once.
alter table api_token add column expires_at timestamptz;

update api_token
   set expires_at = now() + interval '90 days'
 where revoked_at is null;
