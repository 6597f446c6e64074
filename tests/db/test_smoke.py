from desktop_app.services.info import entity_counts


def test_fresh_database_has_default_purposes(db):
    with db.read_session() as s:
        counts = entity_counts(s)
    assert counts["purposes"] == 6
