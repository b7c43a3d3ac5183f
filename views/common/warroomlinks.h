#pragma once

#include <QString>

// The war room as rich text: its web links clickable, the rest (a dial-in, a channel name) as written.
QString warRoomHtml(const QString& warRoom);
