// DialogueRender: every view of plans and harvests: run sheets, exporters and text formats.
@_exported import DialogueHarvest
