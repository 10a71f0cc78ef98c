-- A statement's guard (platform/db guard.ts): true when `holds`, else the whole statement fails with SQLSTATE
-- YW001 and the guard's name as its message, so that none of its other parts is written.
CREATE FUNCTION "yiwang_guard"("holds" boolean, "guard" text) RETURNS boolean
  LANGUAGE plpgsql VOLATILE
  AS $$
BEGIN
  IF holds IS NOT TRUE THEN
    RAISE EXCEPTION USING ERRCODE = 'YW001', MESSAGE = guard;
  END IF;
  RETURN true;
END
$$;
