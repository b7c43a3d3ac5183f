#include "views/common/alarmsound.h"

#include <QApplication>
#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QBuffer>
#include <QMediaDevices>
#include <QtEndian>

#include <cmath>
#include <numbers>

namespace {
constexpr int kSampleRate = 22050;
constexpr double kPulseSeconds = 0.18;
constexpr double kGapSeconds = 0.07;
constexpr int kPulses = 3;
constexpr double kVolume = 0.35; // loud enough to hear across a room, short of startling

QAudioFormat pcmFormat()
{
    QAudioFormat format;
    format.setSampleRate(kSampleRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    return format;
}
}

AlarmSound::AlarmSound(QObject* parent)
    : QObject(parent)
{
}

AlarmSound::~AlarmSound()
{
    if (m_sink)
        m_sink->stop();
}

QByteArray AlarmSound::samples()
{
    QByteArray pcm;
    const int pulse = static_cast<int>(kPulseSeconds * kSampleRate);
    const int gap = static_cast<int>(kGapSeconds * kSampleRate);
    for (int p = 0; p < kPulses; ++p) {
        // Each pulse a little higher than the last: urgent, not shrill.
        const double low = 660.0 + 110.0 * p;
        const double high = low * 1.5;
        for (int i = 0; i < pulse; ++i) {
            const double t = static_cast<double>(i) / kSampleRate;
            const double tone = i < pulse / 2 ? low : high;
            // A short fade in and out at each end keeps the speaker from clicking.
            const double edge = std::min({ 1.0, i / 220.0, (pulse - i) / 220.0 });
            const double value = std::sin(2.0 * std::numbers::pi * tone * t) * kVolume * edge;
            const qint16 sample = static_cast<qint16>(value * 32767.0);
            char bytes[2];
            qToLittleEndian(sample, bytes);
            pcm.append(bytes, 2);
        }
        pcm.append(QByteArray(gap * 2, '\0'));
    }
    return pcm;
}

void AlarmSound::play()
{
    const QAudioDevice output = QMediaDevices::defaultAudioOutput();
    if (output.isNull() || !output.isFormatSupported(pcmFormat())) {
        QApplication::beep();
        return;
    }
    if (m_sink)
        m_sink->stop();
    delete m_sink;
    delete m_buffer;
    m_buffer = new QBuffer(this);
    m_buffer->setData(samples());
    m_buffer->open(QIODevice::ReadOnly);
    m_sink = new QAudioSink(output, pcmFormat(), this);
    connect(m_sink, &QAudioSink::stateChanged, this, [this](QAudio::State state) {
        if (state == QAudio::IdleState)
            m_sink->stop(); // played to the end
    });
    m_sink->start(m_buffer);
}
