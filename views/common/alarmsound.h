#pragma once

#include <QByteArray>
#include <QObject>

class QAudioSink;
class QBuffer;

// The SEV1 alarm: three rising two-tone pulses, made in memory (no sound file
// to ship or lose) and played on the default audio output. Where there is no
// audio output, the system beep stands in.
class AlarmSound final : public QObject {
    Q_OBJECT
public:
    explicit AlarmSound(QObject* parent = nullptr);
    ~AlarmSound() override;

    void play();
    // The sound as 16-bit mono PCM at 22,050 Hz: what play() sends to the speakers.
    static QByteArray samples();

private:
    QAudioSink* m_sink = nullptr;
    QBuffer* m_buffer = nullptr;
};
