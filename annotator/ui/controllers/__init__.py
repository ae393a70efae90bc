"""The window's controllers, one concern each: ``files``, ``entities``, ``claims``, ``navigation``,
``find``, ``view_settings`` and ``history``. Each gets what it needs in its constructor (the
session host, the widgets it drives, a status-message callback) and subscribes to the session's
signals for the views it keeps up to date."""
