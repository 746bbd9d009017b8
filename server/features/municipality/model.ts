// The municipality's profile: one stored document; until an admin saves it, the first-start
// settings from the environment (config.ts) stand in.
import mongoose, { Schema } from 'mongoose';

const profileSchema = new Schema(
  {
    _id: { type: String, default: 'profile' },
    name: { type: String, required: true, maxlength: 100 },
    primaryColor: { type: String, required: true },
    registry: {
      name: { type: String, default: '' },
      email: { type: String, default: '' },
      phone: { type: String, default: '' },
      address: { type: String, default: '' },
    },
    logo: {
      type: new Schema(
        {
          contentType: { type: String, required: true },
          data: { type: Buffer, required: true },
          /** Changes with every new logo: part of its address, so caches never show an old one. */
          version: { type: String, required: true },
        },
        { _id: false },
      ),
      default: undefined,
    },
    updatedBy: { type: String },
  },
  { timestamps: true },
);

export const MunicipalityProfileModel = mongoose.model('MunicipalityProfile', profileSchema);
